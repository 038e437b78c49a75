#pragma once
// ReportPainter: lays the report out on A4 portrait pages and paints them with QPainter, for the PDF writer and the
// on-screen preview alike (so the preview is the PDF). Every page carries a header (organisation, month, the date
// the report was made) and the document's page numbering ("第 n 页 / 共 m 页"); tables that run over a page repeat
// their header row on the next.
// Works in tenths of a millimetre: a page is 2100 × 2970 units whatever the device's resolution.

#include "documents/ReportTables.h"

#include <QFont>
#include <QImage>
#include <QRectF>
#include <QVector>

class QPainter;

namespace jb::report {

class ReportPainter final
{
public:
    static constexpr double kPageWidth = 2100;  // 210 mm
    static constexpr double kPageHeight = 2970; // 297 mm
    static const QString kFontFamily;           // "Noto Sans CJK SC"

    explicit ReportPainter(ReportDocument document);

    int pageCount() const { return static_cast<int>(m_pages.size()); }
    const ReportDocument& document() const { return m_document; }

    // Paints page `index` (0-based). The painter's device must be an A4 page `deviceWidth` pixels wide, drawn from
    // its top-left corner.
    void paintPage(QPainter& painter, int index, double deviceWidth) const;
    // The page as an image `dpi` dots per inch (white background), for the preview.
    QImage renderPage(int index, double dpi) const;

    // A font of the report: `size` in units (26 ≈ 7.4 pt).
    static QFont font(double size, bool bold = false);

private:
    struct TableGeometry
    {
        QVector<double> columns; // widths
        double headerHeight = 0;
        QVector<double> rows; // heights
    };
    struct Item
    {
        enum class Kind { Title, Heading, TableTitle, TableRows, Note, Chart };
        Kind kind = Kind::Title;
        double y = 0;
        int section = -1;
        int table = -1;
        int rowFrom = 0;
        int rowTo = 0; // exclusive
        bool continued = false;
    };

    struct Flow; // the page being filled (ReportPainter.cpp)

    void layOut();
    void placeSection(Flow& flow, int section) const;
    void placeTable(Flow& flow, int section, int table) const;
    TableGeometry measure(const ReportTable& table) const;
    void paintHeaderAndFooter(QPainter& painter, int index) const;
    void paintItem(QPainter& painter, const Item& item) const;
    void paintRows(QPainter& painter, const Item& item) const;
    double titleHeight() const;

    ReportDocument m_document;
    QVector<QVector<TableGeometry>> m_geometry; // [section][table]
    QVector<QVector<Item>> m_pages;
};

} // namespace jb::report
