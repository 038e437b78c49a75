#include "documents/ReportPdf.h"

#include "core/Message.h"
#include "documents/ReportPainter.h"
#include "documents/SaveAtomically.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <utility>

namespace jb::report {

namespace {

const int kDpi = 300;

// CJK Radicals Supplement (U+2E80…) has no decompositions; the simplified forms Chinese text uses, by hand.
const std::pair<uint, char16_t> kRadicalSupplement[] = {
    {0x2E96, u'\u5FC4'}, {0x2E98, u'\u624C'}, {0x2EA0, u'\u6C11'}, {0x2EA1, u'\u6C35'}, {0x2EA3, u'\u706C'},
    {0x2EA8, u'\u72AD'}, {0x2EA9, u'\u738B'}, {0x2EAC, u'\u793A'}, {0x2EAD, u'\u793B'}, {0x2EB0, u'\u7E9F'},
    {0x2EB6, u'\u7F8A'}, {0x2EBB, u'\u807F'}, {0x2EC1, u'\u864E'}, {0x2EC2, u'\u8864'}, {0x2EC4, u'\u897F'},
    {0x2EC5, u'\u89C1'}, {0x2EC6, u'\u89D2'}, {0x2EC8, u'\u8BA0'}, {0x2EC9, u'\u8D1D'}, {0x2ECB, u'\u8F66'},
    {0x2ECF, u'\u961D'}, {0x2ED0, u'\u9485'}, {0x2ED1, u'\u9577'}, {0x2ED3, u'\u957F'}, {0x2ED4, u'\u95E8'},
    {0x2ED6, u'\u961D'}, {0x2ED7, u'\u96E8'}, {0x2ED8, u'\u9752'}, {0x2ED9, u'\u97E6'}, {0x2EDA, u'\u9875'},
    {0x2EDB, u'\u98CE'}, {0x2EDC, u'\u98DE'}, {0x2EDD, u'\u98DF'}, {0x2EE0, u'\u9963'}, {0x2EE2, u'\u9A6C'},
    {0x2EE3, u'\u9AA8'}, {0x2EE4, u'\u9B3C'}, {0x2EE5, u'\u9C7C'}, {0x2EE6, u'\u9E1F'}, {0x2EE7, u'\u5364'},
    {0x2EE8, u'\u9EA6'}, {0x2EE9, u'\u9EC4'}, {0x2EEA, u'\u9EFE'}, {0x2EEC, u'\u9F50'}, {0x2EEE, u'\u9F7F'},
    {0x2EF0, u'\u9F99'}, {0x2EF3, u'\u9F9F'},
};

// The Unicode a ToUnicode destination `<XXXX>` should name: a Kangxi or supplementary radical becomes the
// ideograph it stands for; anything else stays.
void fixDestination(QByteArray& pdf, qsizetype open)
{
    const qsizetype close = pdf.indexOf('>', open);
    if (close != open + 5)
        return; // not one BMP code point
    bool ok = false;
    const uint code = QByteArray(pdf.constData() + open + 1, 4).toUInt(&ok, 16);
    if (!ok || code < 0x2E80 || code > 0x2FDF)
        return;
    QString ideograph = QChar(static_cast<char16_t>(code)).decomposition(); // the Kangxi radicals have one
    if (ideograph.isEmpty())
        for (const auto& [radical, character] : kRadicalSupplement)
            if (radical == code)
                ideograph = QChar(character);
    if (ideograph.size() != 1)
        return;
    const QByteArray hex = QByteArray::number(ideograph.at(0).unicode(), 16).toUpper().rightJustified(4, '0');
    pdf.replace(open + 1, 4, hex);
}

// Qt's PDF engine maps each glyph back to the first code point (counting upwards) that the font draws with it, and
// Noto Sans CJK draws the Kangxi radicals (U+2F00…) with the ideographs' glyphs: copied or extracted text would
// read ⽉ for 月. This rewrites those destinations in the ToUnicode maps to the ideographs, four hex digits for
// four, so no offset in the file moves.
void fixToUnicode(QByteArray& pdf)
{
    qsizetype from = 0;
    while ((from = pdf.indexOf("begincmap", from)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", from);
        if (end < 0)
            return;
        enum { None, Range, Char } section = None;
        for (qsizetype line = from; line < end;) {
            qsizetype eol = pdf.indexOf('\n', line);
            if (eol < 0 || eol > end)
                eol = end;
            const QByteArray text = pdf.mid(line, eol - line);
            if (text.endsWith("beginbfrange"))
                section = Range;
            else if (text.endsWith("beginbfchar"))
                section = Char;
            else if (text.startsWith("endbf"))
                section = None;
            else if (section != None) {
                QList<qsizetype> tokens;
                for (qsizetype i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1))
                    tokens << line + i;
                const qsizetype bracket = text.indexOf('[');
                if (section == Range && bracket >= 0) {
                    for (qsizetype t : std::as_const(tokens))
                        if (t > line + bracket)
                            fixDestination(pdf, t);
                } else if (section == Range && tokens.size() == 3 &&
                           text.mid(tokens[0] - line, 6) == text.mid(tokens[1] - line, 6)) {
                    fixDestination(pdf, tokens[2]); // a one-glyph range: its single destination
                } else if (section == Char && tokens.size() == 2) {
                    fixDestination(pdf, tokens[1]);
                }
            }
            line = eol + 1;
        }
        from = end;
    }
}

} // namespace

bool ReportPdf::write(const ReportDocument& document, QIODevice& device, QString* error)
{
    const ReportPainter pages(document);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(document.title + QLatin1Char(' ') + document.period);
    writer.setCreator(QStringLiteral("JobBridge 就业帮扶台账"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = JB_TR("Documents", "Cannot start the PDF").text();
        return false;
    }
    for (int i = 0; i < pages.pageCount(); ++i) {
        if (i > 0)
            writer.newPage();
        pages.paintPage(painter, i, writer.width());
    }
    if (!painter.end()) {
        if (error)
            *error = JB_TR("Documents", "Writing the PDF failed").text();
        return false;
    }
    QByteArray pdf = buffer.data();
    fixToUnicode(pdf);
    if (device.write(pdf) != pdf.size()) {
        if (error)
            *error = device.errorString();
        return false;
    }
    return true;
}

bool ReportPdf::write(const ReportDocument& document, const QString& path, QString* error)
{
    return saveAtomically(path, error, [&](QIODevice& file, QString* e) { return write(document, file, e); });
}

} // namespace jb::report
