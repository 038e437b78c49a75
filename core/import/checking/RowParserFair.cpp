// A fair organiser's sheet: each row is a person (read as a worker row, so an unusable ID number rejects it) and,
// when it names one, an intention: the enterprise (意向单位, with its credit code if the sheet has one), the post
// (意向岗位) and whether a contract was signed (是否签约). Finding the enterprise and the post is the writer's work
// (FairSheetUpsert.h); here the cells are only read.

#include "core/import/checking/RowParser.h"
#include "core/import/checking/RowParserSupport.h"
#include "core/import/reading/FieldCatalog.h"
#include "core/validation/CreditCode.h"

namespace jb::core {

namespace {

using rowparse::Outcome;
using rowparse::RowContext;

// After the worker slots, in this order.
enum FairSlot { EnterpriseName, CreditCode, PostTitle, Signed, FairSlotCount };

// 是否签约: 是/否, 已签/未签, 签约, √/×, Y/N, 1/0 and blank (= no). Anything else: nothing (the caller warns).
std::optional<bool> parseSigned(const QString& cell)
{
    static const QStringList yes = {QStringLiteral("是"),     QStringLiteral("已签"), QStringLiteral("签约"),
                                    QStringLiteral("已签约"), QStringLiteral("√"),    QStringLiteral("✓"),
                                    QStringLiteral("y"),      QStringLiteral("yes"),  QStringLiteral("1")};
    static const QStringList no = {QStringLiteral("否"),     QStringLiteral("未签"),
                                   QStringLiteral("未签约"), QStringLiteral("×"),
                                   QStringLiteral("x"),      QStringLiteral("✗"),
                                   QStringLiteral("n"),      QStringLiteral("no"),
                                   QStringLiteral("0"),      QString()};
    const QString v = cell.trimmed().toLower();
    if (yes.contains(v))
        return true;
    if (no.contains(v))
        return false;
    return std::nullopt;
}

} // namespace

void RowParser::initFairColumns()
{
    initWorkerColumns();
    m_fairSlots = static_cast<int>(m_columns.size());
    for (const QString* key : {&field::enterpriseName, &field::creditCode, &field::title, &field::contractSigned})
        m_columns.append(m_mapping.columnOf(*key));
}

std::optional<FairSheetRecord> RowParser::parseFairRow(const CsvRecord& record, QVector<ImportIssue>& issues) const
{
    if (m_kind != ImportKind::Fair)
        return std::nullopt;
    std::optional<WorkerRecord> person = parseWorker(record, issues);
    if (!person)
        return std::nullopt;
    const RowContext row(record, issues, m_header, m_columns, m_lookup, m_today);
    const int base = m_fairSlots;
    FairSheetRecord r;
    r.person = std::move(*person);
    r.enterpriseName = row.text(base + EnterpriseName);
    r.postTitle = row.text(base + PostTitle);
    // A sheet without a credit-code column may write the code in 意向单位.
    if (row.raw(base + CreditCode).isEmpty() && !r.enterpriseName.isEmpty()) {
        const CreditCodeCheck asCode = checkCreditCode(r.enterpriseName);
        if (asCode.status == CreditCodeCheck::Status::Valid) {
            r.creditCode = asCode.normalized;
            r.enterpriseName.clear();
        }
    }
    if (!row.raw(base + CreditCode).isEmpty()) {
        const CreditCodeCheck check = checkCreditCode(row.raw(base + CreditCode));
        if (check.status == CreditCodeCheck::Status::Valid || check.status == CreditCodeCheck::Status::ChecksumWarning)
            r.creditCode = check.normalized;
        else if (check.status == CreditCodeCheck::Status::Invalid)
            row.warn(base + CreditCode, reason::valueUnrecognised, check.message);
    }
    const std::optional<bool> contract = parseSigned(row.text(base + Signed));
    if (!contract)
        row.warn(base + Signed, reason::valueUnrecognised,
                 JB_TR("Import", "write 是/否, 已签/未签, √/×, Y/N or 1/0 for whether a contract was signed; "
                                 "imported as not signed"),
                 Outcome::FieldEmpty);
    r.contractSigned = contract.value_or(false);
    return r;
}

} // namespace jb::core
