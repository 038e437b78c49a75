// RowParser: construction and the helpers both lists share. Worker rows are parsed in RowParserWorkers.cpp,
// vacancy rows in RowParserVacancies.cpp.
//
// Messages follow one pattern so an officer can fix the file without help: which column, which value, what is
// wrong, what happened to the value, and (from the validators) how to put it right.

#include "core/import/checking/RowParser.h"

#include "core/import/checking/RowParserSupport.h"
#include "core/import/checking/ValueParsers.h"
#include "core/import/reading/FieldCatalog.h"
#include "core/validation/ExcelDate.h"
#include "core/validation/Phone.h"

namespace jb::core {

RowParser::RowParser(ImportKind kind, ColumnMapping mapping, QStringList header, const ReferenceLookup& lookup,
                     QDate today)
    : m_kind(kind), m_mapping(std::move(mapping)), m_header(std::move(header)), m_lookup(lookup), m_today(today)
{
    if (m_kind == ImportKind::Workers)
        initWorkerColumns();
    else if (m_kind == ImportKind::Vacancies)
        initVacancyColumns();
    else
        initFairColumns();
}

QSet<QString> RowParser::providedFields() const
{
    QSet<QString> out;
    for (const ImportField& f : importFields(m_kind))
        if (m_mapping.columnOf(f.key) >= 0)
            out.insert(f.key);
    return out;
}

namespace rowparse {

namespace {

QString outcomeZh(Outcome outcome)
{
    switch (outcome) {
    case Outcome::RowRejected:
        return QStringLiteral("该行未导入");
    case Outcome::FieldEmpty:
        return QStringLiteral("该项留空导入，原文保留在错误文件中");
    case Outcome::PartsKept:
        return QStringLiteral("其余已识别的值照常导入，原文保留在错误文件中");
    case Outcome::KeptAsWritten:
        return QStringLiteral("已照原样导入");
    case Outcome::KeptAsText:
        return QStringLiteral("原文已作为文字保留");
    case Outcome::IdWins:
        return QStringLiteral("已按身份证号导入");
    case Outcome::HomeUsed:
        return QStringLiteral("已记在本单位名下，原文保留在错误文件中");
    }
    return {};
}

QString outcomeEn(Outcome outcome)
{
    switch (outcome) {
    case Outcome::RowRejected:
        return QStringLiteral("The row is not imported");
    case Outcome::FieldEmpty:
        return QStringLiteral("Imported with this field empty; the original text is kept in the error file");
    case Outcome::PartsKept:
        return QStringLiteral("The recognised values are imported; the original text is kept in the error file");
    case Outcome::KeptAsWritten:
        return QStringLiteral("Imported as written");
    case Outcome::KeptAsText:
        return QStringLiteral("The text is kept as written");
    case Outcome::IdWins:
        return QStringLiteral("Imported as the ID number says");
    case Outcome::HomeUsed:
        return QStringLiteral("Recorded under the home organisation; the original text is kept in the error file");
    }
    return {};
}

// Chinese sentences end without a full stop before our own; English ones get one.
QString sentence(QString s, QChar stop)
{
    while (s.endsWith(QLatin1Char('.')) || s.endsWith(QChar(u'。')) || s.endsWith(QLatin1Char(' ')))
        s.chop(1);
    return s + stop;
}

} // namespace

Bilingual splitBilingual(const QString& message)
{
    const qsizetype at = message.indexOf(QLatin1String(" / "));
    if (at < 0)
        return {message, message};
    return {message.left(at), message.mid(at + 3)};
}

const QString& RowContext::raw(int slot) const
{
    static const QString empty;
    const int c = m_columns.at(slot);
    return c >= 0 && c < m_record.fields.size() ? m_record.fields.at(c) : empty;
}

QString RowContext::text(int slot) const
{
    return cleanCell(raw(slot));
}

QString RowContext::columnName(int slot, const QString& fallback) const
{
    const int c = m_columns.at(slot);
    const QString name = c >= 0 ? m_header.value(c) : QString();
    return name.isEmpty() ? fallback : name;
}

void RowContext::report(int slot, const QString& fallbackName, const QString& code, IssueSeverity severity,
                        const QString& zhReason, const QString& enReason, Outcome outcome) const
{
    ImportIssue issue;
    issue.line = m_record.line;
    issue.column = columnName(slot, fallbackName);
    issue.value = raw(slot);
    issue.code = code;
    issue.severity = severity;
    const QString shown = cleanCell(issue.value);
    const QString zhWhere = shown.isEmpty() ? QStringLiteral("“%1”列为空").arg(issue.column)
                                            : QStringLiteral("“%1”列的“%2”").arg(issue.column, shown);
    const QString enWhere = shown.isEmpty() ? QStringLiteral("Column \"%1\" is empty").arg(issue.column)
                                            : QStringLiteral("Column \"%1\", value \"%2\"").arg(issue.column, shown);
    issue.message = zhWhere + QStringLiteral("：") + sentence(zhReason, QChar(u'。')) +
                    sentence(outcomeZh(outcome), QChar(u'。')) + QStringLiteral(" / ") + enWhere +
                    QStringLiteral(": ") + sentence(enReason, QLatin1Char('.')) + QLatin1Char(' ') +
                    sentence(outcomeEn(outcome), QLatin1Char('.'));
    add(std::move(issue));
}

QDate RowContext::date(int slot) const
{
    const QString cell = text(slot);
    if (cell.isEmpty())
        return {};
    QDate d;
    if (const std::optional<QDate> fast = parseDateFast(cell)) {
        d = *fast;
    } else {
        const DateParse parsed = parseExcelDate(cell);
        if (!parsed.date) {
            warn(slot, reason::dateInvalid, splitBilingual(parsed.message));
            return {};
        }
        d = *parsed.date;
    }
    if (d > m_today) {
        const QString iso = formatDate(d);
        const QString today = formatDate(m_today);
        warn(slot, reason::dateInvalid,
             QStringLiteral("日期 %1 晚于今天（%2），请核对是否录错年份或月日顺序").arg(iso, today),
             QStringLiteral("the date %1 is after today (%2); check the year and the order of month and day")
                 .arg(iso, today));
        return {};
    }
    return d;
}

QString RowContext::phone(int slot) const
{
    const QString cell = text(slot);
    if (cell.isEmpty() || isPlainMobile(cell))
        return cell;
    const PhoneCheck check = checkPhone(cell);
    if (check.ok)
        return check.normalized;
    warn(slot, reason::phoneInvalid, splitBilingual(check.message));
    return {};
}

void RowContext::unrecognised(int slot, const QString& list, const char* whatZh, const char* whatEn,
                              Outcome outcome) const
{
    QString zh = QStringLiteral("不是可识别的%1").arg(QString::fromUtf8(whatZh));
    QString en = QStringLiteral("not a recognised %1").arg(QString::fromUtf8(whatEn));
    if (!list.isEmpty()) {
        const QStringList names = m_lookup.names(list);
        if (!names.isEmpty() && names.size() <= 30) {
            zh += QStringLiteral("，可填写：") + names.join(QChar(u'、'));
            en += QStringLiteral("; write one of: ") + names.join(QStringLiteral(", "));
        }
        zh += QStringLiteral("（如需新的值，请先在“基础数据”中添加）");
        en += QStringLiteral(" (to use a new value, add it under reference data first)");
    }
    warn(slot, reason::valueUnrecognised, zh, en, outcome);
}

std::optional<qint64> RowContext::reference(int slot, const QString& list, const char* whatZh, const char* whatEn) const
{
    const QString& cell = raw(slot);
    if (cell.isEmpty())
        return std::nullopt;
    if (const auto id = m_lookup.find(list, cell))
        return id;
    if (text(slot).isEmpty())
        return std::nullopt;
    unrecognised(slot, list, whatZh, whatEn);
    return std::nullopt;
}

QVector<qint64> RowContext::references(int slot, const QString& list, const char* whatZh, const char* whatEn) const
{
    const QString& cell = raw(slot);
    if (cell.isEmpty())
        return {};
    // A cell without a separator is one value: look it up whole (a miss there costs the slow fallbacks, so a
    // cell with separators goes straight to its parts).
    bool separated = false;
    for (const QChar c : cell) {
        const char16_t u = c.unicode();
        if (u == u'、' || u == u',' || u == u'，' || u == u'/' || u == u'／' || u == u';' || u == u'；') {
            separated = true;
            break;
        }
    }
    if (!separated)
        if (const auto id = m_lookup.find(list, cell))
            return {*id};
    QStringList unknown;
    const QVector<qint64> ids = m_lookup.findAll(list, splitMultiValue(cell), &unknown);
    if (!unknown.isEmpty()) {
        const QString parts = unknown.join(QChar(u'、'));
        const QString shownZh = QStringLiteral("其中“%1”").arg(parts);
        const QString shownEn = QStringLiteral("\"%1\" in it").arg(unknown.join(QStringLiteral(", ")));
        QString zh = shownZh + QStringLiteral("不是可识别的%1").arg(QString::fromUtf8(whatZh));
        QString en = shownEn + QStringLiteral(" is not a recognised %1").arg(QString::fromUtf8(whatEn));
        const QStringList names = m_lookup.names(list);
        if (!names.isEmpty()) {
            zh += QStringLiteral("，可填写：") + names.join(QChar(u'、')) + QStringLiteral("，多个值用“、”分隔");
            en += QStringLiteral("; write one or more of: ") + names.join(QStringLiteral(", ")) +
                  QStringLiteral(", separated by 、");
        }
        warn(slot, reason::valueUnrecognised, zh, en, ids.isEmpty() ? Outcome::FieldEmpty : Outcome::PartsKept);
    }
    return ids;
}

std::optional<qint64> RowContext::organisation(int slot) const
{
    const QString& cell = raw(slot);
    if (cell.isEmpty())
        return std::nullopt;
    if (const auto id = m_lookup.organisation(cell))
        return id;
    if (text(slot).isEmpty())
        return std::nullopt;
    warn(slot, reason::valueUnrecognised,
         QStringLiteral("文件中没有这个名称或代码的单位（名称不唯一时请写全称或代码）。请先在“组织机构”中添加该单位，"
                        "或改为已有单位的名称或代码"),
         QStringLiteral("there is no organisation with this name or code in the file (write the full name or the "
                        "code when a short name is shared). Add the unit under organisations first, or use the name "
                        "or code of an existing one"),
         Outcome::HomeUsed);
    return std::nullopt;
}

} // namespace rowparse

} // namespace jb::core
