#include "documents/ReportPainter.h"

#include "documents/ReportCharts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <numeric>

namespace jb::report {

const QString ReportPainter::kFontFamily = QStringLiteral("Noto Sans CJK SC");

namespace {

constexpr double kMarginX = 150;
constexpr double kContentTop = 230;
constexpr double kContentBottom = ReportPainter::kPageHeight - 180;
constexpr double kContentWidth = ReportPainter::kPageWidth - 2 * kMarginX;
constexpr double kBodySize = 25;
constexpr double kHeaderSize = 23;
constexpr double kPadX = 12;
constexpr double kPadY = 8;
constexpr double kGap = 40; // between blocks
constexpr double kHeadingHeight = 60;
constexpr double kTableTitleHeight = 44;

const QColor kRule(0x99, 0x99, 0x99);
const QColor kHeaderFill(0xDC, 0xE6, 0xF1);
const QColor kTotalFill(0xF2, 0xF2, 0xF2);

double textHeight(const QFont& font, const QString& text, double width)
{
    const QFontMetricsF fm(font);
    if (text.isEmpty())
        return fm.height();
    return fm.boundingRect(QRectF(0, 0, std::max(width, 1.0), 1e6), Qt::TextWordWrap, text).height();
}

double textWidth(const QFont& font, const QString& text)
{
    return QFontMetricsF(font).horizontalAdvance(text);
}

bool isNumeric(const ReportCell& cell)
{
    return cell.kind != ReportCell::Kind::Text && cell.kind != ReportCell::Kind::Empty;
}

} // namespace

ReportPainter::ReportPainter(ReportDocument document) : m_document(std::move(document))
{
    layOut();
}

QFont ReportPainter::font(double size, bool bold)
{
    QFont f(kFontFamily);
    f.setPixelSize(static_cast<int>(size));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting); // widths scale with the device, so measuring once holds
    f.setKerning(false);
    return f;
}

double ReportPainter::titleHeight() const
{
    return 70 + 3 * 40 + kGap;
}

ReportPainter::TableGeometry ReportPainter::measure(const ReportTable& table) const
{
    const QFont body = font(kBodySize);
    const QFont bold = font(kBodySize, true);
    const QFont header = font(kHeaderSize, true);
    const int columns = static_cast<int>(table.header.size());

    QVector<double> natural(columns, 0);
    QVector<double> minimum(columns, 0);
    QVector<bool> text(columns, false);
    for (int c = 0; c < columns; ++c) {
        double widest = 0;
        for (const ReportRow& row : table.rows) {
            const ReportCell cell = row.cells.value(c);
            const double w = textWidth(row.role == ReportRow::Role::Total ? bold : body, cellText(cell));
            widest = std::max(widest, w);
            text[c] = text[c] || cell.kind == ReportCell::Kind::Text;
        }
        // A header wraps between words (and between Chinese characters), never inside a Latin word.
        double longestWord = textWidth(header, QStringLiteral("100%"));
        for (const QString& word : table.header.at(c).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (!std::any_of(word.cbegin(), word.cend(), [](QChar ch) { return ch.unicode() >= 0x2E80; }))
                longestWord = std::max(longestWord, textWidth(header, word));
        const double headerWidth = std::max(std::min(textWidth(header, table.header.at(c)), 210.0), longestWord);
        natural[c] = std::max(widest, headerWidth) + 2 * kPadX;
        // Text may wrap; numbers may not.
        minimum[c] = text[c] ? std::min(natural[c], 260.0) : std::max(widest, longestWord) + 2 * kPadX;
    }
    double total = std::accumulate(natural.cbegin(), natural.cend(), 0.0);
    QVector<double> widths = natural;
    if (total > kContentWidth) {
        // Narrow the text columns first, down to their minimum, then everything in proportion.
        double excess = total - kContentWidth;
        double slack = 0;
        for (int c = 0; c < columns; ++c)
            slack += text[c] ? natural[c] - minimum[c] : 0;
        for (int c = 0; c < columns && slack > 0; ++c)
            if (text[c])
                widths[c] -= (natural[c] - minimum[c]) * std::min(1.0, excess / slack);
        // Then every column towards its minimum (a header's longest word), and in proportion only past that.
        total = std::accumulate(widths.cbegin(), widths.cend(), 0.0);
        excess = total - kContentWidth;
        slack = 0;
        for (int c = 0; c < columns; ++c)
            slack += std::max(0.0, widths[c] - minimum[c]);
        for (int c = 0; c < columns && excess > 0 && slack > 0; ++c)
            widths[c] -= std::max(0.0, widths[c] - minimum[c]) * std::min(1.0, excess / slack);
        total = std::accumulate(widths.cbegin(), widths.cend(), 0.0);
        if (total > kContentWidth)
            for (double& w : widths)
                w *= kContentWidth / total;
    } else if (total > 0) {
        // Wide tables fill the line; narrow ones grow a little and stay left.
        const double scale = std::min(kContentWidth / total, columns > 5 ? 10.0 : 1.6);
        for (double& w : widths)
            w *= scale;
    }

    TableGeometry g;
    g.columns = widths;
    for (int c = 0; c < columns; ++c)
        g.headerHeight = std::max(g.headerHeight, textHeight(header, table.header.at(c), widths[c] - 2 * kPadX));
    g.headerHeight += 2 * kPadY;
    for (const ReportRow& row : table.rows) {
        const QFont& f = row.role == ReportRow::Role::Total ? bold : body;
        double h = QFontMetricsF(f).height();
        for (int c = 0; c < columns && c < row.cells.size(); ++c)
            if (row.cells.at(c).kind == ReportCell::Kind::Text)
                h = std::max(h, textHeight(f, row.cells.at(c).text, widths[c] - 2 * kPadX));
        g.rows << h + 2 * kPadY;
    }
    return g;
}

// The page being filled, top to bottom: a block goes on it when it fits, else on a new page.
struct ReportPainter::Flow
{
    explicit Flow(QVector<QVector<Item>>& into) : pages(into) {}

    QVector<QVector<Item>>& pages;
    QVector<Item> page;
    double y = kContentTop;

    void newPage()
    {
        pages << page;
        page.clear();
        y = kContentTop;
    }
    // Starts a new page unless `needed` fits below y (or the page is still empty).
    void ensure(double needed)
    {
        if (y + needed > kContentBottom && y > kContentTop)
            newPage();
    }
    void place(Item item, double height)
    {
        item.y = y;
        page << item;
        y += height;
    }
};

void ReportPainter::layOut()
{
    m_pages.clear();
    m_geometry.clear();
    for (const ReportSection& section : m_document.sections) {
        QVector<TableGeometry> tables;
        for (const ReportTable& table : section.tables)
            tables << measure(table);
        m_geometry << tables;
    }
    Flow flow{m_pages};
    flow.place(Item{Item::Kind::Title, 0, -1, -1, 0, 0, false}, titleHeight());
    for (int s = 0; s < m_document.sections.size(); ++s)
        placeSection(flow, s);
    if (!flow.page.isEmpty())
        m_pages << flow.page;
}

// A section's heading stays on the page of its first block (its chart, or its first table's first row).
void ReportPainter::placeSection(Flow& flow, int s) const
{
    const ReportSection& section = m_document.sections.at(s);
    double firstBlock = 0;
    if (section.chart)
        firstBlock = reportChartHeight(*section.chart);
    else if (!section.tables.isEmpty())
        firstBlock = kTableTitleHeight + m_geometry[s][0].headerHeight + m_geometry[s][0].rows.value(0);
    flow.ensure(kHeadingHeight + firstBlock);
    flow.place(Item{Item::Kind::Heading, 0, s, -1, 0, 0, false}, kHeadingHeight);
    if (section.chart) {
        flow.ensure(firstBlock);
        flow.place(Item{Item::Kind::Chart, 0, s, -1, 0, 0, false}, firstBlock + kGap / 2);
    }
    for (int t = 0; t < section.tables.size(); ++t)
        placeTable(flow, s, t);
    flow.y += kGap / 2;
}

// A table's rows in chunks, one per page, each under the header row; its title with the first row, its note after.
void ReportPainter::placeTable(Flow& flow, int s, int t) const
{
    const ReportTable& table = m_document.sections.at(s).tables.at(t);
    const TableGeometry& g = m_geometry[s][t];
    const double titleH = table.title.isEmpty() ? 0 : kTableTitleHeight;
    flow.ensure(titleH + g.headerHeight + g.rows.value(0));
    if (titleH > 0)
        flow.place(Item{Item::Kind::TableTitle, 0, s, t, 0, 0, false}, titleH);
    int row = 0;
    bool continued = false;
    do {
        Item chunk{Item::Kind::TableRows, flow.y, s, t, row, row, continued};
        double h = g.headerHeight;
        while (chunk.rowTo < table.rows.size() && flow.y + h + g.rows.at(chunk.rowTo) <= kContentBottom)
            h += g.rows.at(chunk.rowTo++);
        if (chunk.rowTo == row && flow.y > kContentTop) { // not even one row fits: start a page
            flow.newPage();
            continue;
        }
        if (chunk.rowTo == row) // a single row taller than a page: draw it anyway
            h += g.rows.at(chunk.rowTo++);
        flow.place(chunk, h);
        row = chunk.rowTo;
        if (row < table.rows.size()) {
            flow.newPage();
            continued = true;
        }
    } while (row < table.rows.size());
    if (table.rows.isEmpty())
        flow.place(Item{Item::Kind::TableRows, 0, s, t, 0, 0, false}, g.headerHeight);
    if (!table.note.isEmpty()) {
        const double noteHeight = textHeight(font(kHeaderSize), table.note, kContentWidth) + 10;
        flow.ensure(noteHeight);
        flow.place(Item{Item::Kind::Note, 0, s, t, 0, 0, false}, noteHeight);
    }
    flow.y += kGap;
}

void ReportPainter::paintPage(QPainter& painter, int index, double deviceWidth) const
{
    if (index < 0 || index >= m_pages.size())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(deviceWidth / kPageWidth, deviceWidth / kPageWidth);
    paintHeaderAndFooter(painter, index);
    for (const Item& item : m_pages.at(index))
        paintItem(painter, item);
    painter.restore();
}

QImage ReportPainter::renderPage(int index, double dpi) const
{
    const int width = static_cast<int>(kPageWidth / 254.0 * dpi + 0.5);
    const int height = static_cast<int>(kPageHeight / 254.0 * dpi + 0.5);
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintPage(painter, index, width);
    return image;
}

void ReportPainter::paintHeaderAndFooter(QPainter& painter, int index) const
{
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.setFont(font(kHeaderSize));
    const QRectF band(kMarginX, 110, kContentWidth, 60);
    painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom,
                     m_document.organisation + QStringLiteral("  ") + m_document.period);
    painter.drawText(band, Qt::AlignRight | Qt::AlignBottom, m_document.madeOn);
    painter.setPen(QPen(kRule, 3));
    painter.drawLine(QPointF(kMarginX, 180), QPointF(kMarginX + kContentWidth, 180));

    painter.setPen(QColor(0x44, 0x44, 0x44));
    const QRectF footer(kMarginX, kPageHeight - 140, kContentWidth, 50);
    const QString pageText = m_document.pageNumber.arg(index + 1).arg(m_pages.size());
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter, pageText);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, m_document.status);
}

void ReportPainter::paintItem(QPainter& painter, const Item& item) const
{
    painter.setPen(Qt::black);
    switch (item.kind) {
    case Item::Kind::Title: {
        painter.setFont(font(52, true));
        painter.drawText(QRectF(kMarginX, item.y, kContentWidth, 70), Qt::AlignHCenter | Qt::AlignVCenter,
                         m_document.title);
        painter.setFont(font(28));
        const QStringList lines = {m_document.organisation + QStringLiteral("    ") + m_document.period,
                                   m_document.madeOn + QStringLiteral("    ") + m_document.asOf, m_document.status};
        for (int i = 0; i < lines.size(); ++i)
            painter.drawText(QRectF(kMarginX, item.y + 80 + i * 40, kContentWidth, 40),
                             Qt::AlignHCenter | Qt::AlignVCenter, lines.at(i));
        break;
    }
    case Item::Kind::Heading: {
        const ReportSection& section = m_document.sections.at(item.section);
        painter.setFont(font(36, true));
        painter.setPen(QColor(0x1f, 0x3a, 0x5f));
        painter.drawText(QRectF(kMarginX, item.y, kContentWidth, 50), Qt::AlignLeft | Qt::AlignVCenter, section.title);
        painter.setPen(QPen(QColor(0x1f, 0x3a, 0x5f), 4));
        painter.drawLine(QPointF(kMarginX, item.y + 54), QPointF(kMarginX + kContentWidth, item.y + 54));
        break;
    }
    case Item::Kind::TableTitle: {
        const ReportTable& table = m_document.sections.at(item.section).tables.at(item.table);
        painter.setFont(font(28, true));
        painter.drawText(QRectF(kMarginX, item.y, kContentWidth, 40), Qt::AlignLeft | Qt::AlignVCenter, table.title);
        break;
    }
    case Item::Kind::TableRows:
        paintRows(painter, item);
        break;
    case Item::Kind::Note: {
        const ReportTable& table = m_document.sections.at(item.section).tables.at(item.table);
        painter.setFont(font(kHeaderSize));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(kMarginX, item.y + 6, kContentWidth, kContentBottom - item.y),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, table.note);
        break;
    }
    case Item::Kind::Chart:
        paintReportChart(painter, *m_document.sections.at(item.section).chart, QPointF(kMarginX, item.y),
                         kContentWidth);
        break;
    }
}

void ReportPainter::paintRows(QPainter& painter, const Item& item) const
{
    const ReportTable& table = m_document.sections.at(item.section).tables.at(item.table);
    const TableGeometry& g = m_geometry.at(item.section).at(item.table);
    const double width = std::accumulate(g.columns.cbegin(), g.columns.cend(), 0.0);
    const QPen rule(kRule, 2);

    auto drawRow = [&](double top, double height, const QFont& f, auto textOf, auto alignOf) {
        double x = kMarginX;
        painter.setFont(f);
        for (int c = 0; c < g.columns.size(); ++c) {
            const QRectF cell(x, top, g.columns.at(c), height);
            painter.setPen(Qt::black);
            painter.drawText(cell.adjusted(kPadX, kPadY, -kPadX, -kPadY), alignOf(c) | Qt::TextWordWrap, textOf(c));
            painter.setPen(rule);
            painter.drawRect(cell);
            x += g.columns.at(c);
        }
    };

    double y = item.y;
    painter.fillRect(QRectF(kMarginX, y, width, g.headerHeight), kHeaderFill);
    drawRow(
        y, g.headerHeight, font(kHeaderSize, true), [&](int c) { return table.header.at(c); },
        [](int) { return Qt::AlignHCenter | Qt::AlignVCenter; });
    y += g.headerHeight;
    for (int r = item.rowFrom; r < item.rowTo; ++r) {
        const ReportRow& row = table.rows.at(r);
        const bool total = row.role == ReportRow::Role::Total;
        if (total)
            painter.fillRect(QRectF(kMarginX, y, width, g.rows.at(r)), kTotalFill);
        drawRow(
            y, g.rows.at(r), font(kBodySize, total), [&](int c) { return cellText(row.cells.value(c)); },
            [&](int c) { return (isNumeric(row.cells.value(c)) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter; });
        y += g.rows.at(r);
    }
}

} // namespace jb::report
