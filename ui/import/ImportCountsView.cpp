#include "ui/import/ImportCountsView.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace jb::ui {

namespace {

const char* const kKeys[] = {"rowsRead", "inserted", "updated", "unchanged", "rejected", "warnings", "skippedEmpty"};

QString caption(const QString& key, bool dryRun)
{
    if (key == QLatin1String("rowsRead"))
        return ImportCountsView::tr("Rows read");
    if (key == QLatin1String("inserted"))
        return dryRun ? ImportCountsView::tr("Would be added") : ImportCountsView::tr("Added");
    if (key == QLatin1String("updated"))
        return dryRun ? ImportCountsView::tr("Would be updated") : ImportCountsView::tr("Updated");
    if (key == QLatin1String("unchanged"))
        return dryRun ? ImportCountsView::tr("Already up to date") : ImportCountsView::tr("Unchanged");
    if (key == QLatin1String("rejected"))
        return ImportCountsView::tr("Rows not imported");
    if (key == QLatin1String("warnings"))
        return ImportCountsView::tr("Warnings");
    return ImportCountsView::tr("Empty rows skipped");
}

} // namespace

ImportCountsView::ImportCountsView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("countsView"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    int index = 0;
    for (const char* key : kKeys)
        addTile(QString::fromLatin1(key), index++);
}

void ImportCountsView::addTile(const QString& key, int index)
{
    auto* tile = new QFrame(this);
    tile->setObjectName(QStringLiteral("tile_") + key);
    QString colour = QStringLiteral("#f3f6fa");
    if (key == QLatin1String("rejected"))
        colour = QStringLiteral("#fdf0f0");
    else if (key == QLatin1String("warnings"))
        colour = QStringLiteral("#fff8e1");
    tile->setStyleSheet(
        QStringLiteral("#tile_%1 { background: %2; border: 1px solid #d5dde8; border-radius: 4px; }").arg(key, colour));
    auto* layout = new QVBoxLayout(tile);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    auto* number = new QLabel(tile);
    number->setObjectName(QStringLiteral("count_") + key);
    QFont font = number->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    number->setFont(font);
    number->setStyleSheet(QStringLiteral("color: #1f4e79;"));
    number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* text = new QLabel(caption(key, true), tile);
    text->setObjectName(QStringLiteral("caption_") + key);
    text->setWordWrap(true);
    layout->addWidget(number);
    layout->addWidget(text);
    static_cast<QGridLayout*>(this->layout())->addWidget(tile, 0, index);
    m_numbers.insert(key, number);
    m_captions.insert(key, text);
}

void ImportCountsView::setSummary(const core::ImportSummary& summary)
{
    const QHash<QString, qint64> values = {
        {QStringLiteral("rowsRead"), summary.rowsRead},        {QStringLiteral("inserted"), summary.inserted},
        {QStringLiteral("updated"), summary.updated},          {QStringLiteral("unchanged"), summary.unchanged},
        {QStringLiteral("rejected"), summary.rejected},        {QStringLiteral("warnings"), summary.warnings},
        {QStringLiteral("skippedEmpty"), summary.skippedEmpty}};
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        m_numbers.value(it.key())->setText(QLocale().toString(it.value()));
        m_captions.value(it.key())->setText(caption(it.key(), summary.dryRun));
    }
}

void ImportCountsView::clear()
{
    for (QLabel* label : std::as_const(m_numbers))
        label->setText(QStringLiteral("–"));
}

} // namespace jb::ui
