#include "ui/PlaceholderPage.h"

#include "core/domain/DatabaseStats.h"

#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace jb::ui {

PlaceholderPage::PlaceholderPage(const QString& objectName, QString title, const QString& purpose,
                                 QVector<CountLine> counts, QWidget* parent)
    : Page(parent), m_title(std::move(title)), m_counts(std::move(counts))
{
    setObjectName(objectName);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(16);
    layout->addWidget(makeHeading(m_title, this));

    auto* notice = new QFrame(this);
    notice->setObjectName(QStringLiteral("notBuiltFrame"));
    notice->setFrameShape(QFrame::StyledPanel);
    notice->setStyleSheet(QStringLiteral("#notBuiltFrame { background: #fff8e1; border: 1px solid #e0c060; "
                                         "border-radius: 4px; }"));
    auto* noticeLayout = new QVBoxLayout(notice);
    noticeLayout->setContentsMargins(16, 12, 16, 12);
    auto* notBuilt = makeHeading(tr("This page is not built yet"), notice, 1.15);
    notBuilt->setObjectName(QStringLiteral("notBuiltNotice"));
    noticeLayout->addWidget(notBuilt);
    auto* purposeLabel = new QLabel(purpose, notice);
    purposeLabel->setObjectName(QStringLiteral("purpose"));
    purposeLabel->setWordWrap(true);
    noticeLayout->addWidget(purposeLabel);
    layout->addWidget(notice);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("recordCount"));
    m_countLabel->setWordWrap(true);
    m_countLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont countFont = m_countLabel->font();
    countFont.setPointSizeF(countFont.pointSizeF() * 1.15);
    m_countLabel->setFont(countFont);
    layout->addWidget(m_countLabel);
    layout->addStretch(1);
}

void PlaceholderPage::showFile(core::Database& /*database*/, const core::DatabaseStats& stats)
{
    QStringList lines;
    for (const CountLine& line : m_counts) {
        const qint64 rows = stats.count(line.record);
        lines << line.text.arg(rows < 0 ? tr("unknown") : QLocale().toString(rows));
    }
    m_countLabel->setText(lines.join(QLatin1Char('\n')));
}

void PlaceholderPage::clearFile()
{
    m_countLabel->clear();
}

PlaceholderPage* PlaceholderPage::create(const QString& objectName, QWidget* parent)
{
    using K = core::RecordKind;
    const auto line = [](core::RecordKind record, const QString& text) { return CountLine{record, text}; };
    if (objectName == QLatin1String("enterprises"))
        return new PlaceholderPage(
            objectName, tr("Enterprises"),
            tr("The enterprise demand list: each enterprise with its unified social credit code, industry, contact "
               "and key-enterprise flag, its vacancies with headcount, wage range and requirements, and dated "
               "snapshots of its hiring plan, hiring progress and vacancies, so gaps can be charted. Wage arrears, "
               "staff attrition and labour-relations risks are flagged here."),
            {line(K::Enterprise, tr("Enterprises in this file: %1")),
             line(K::Vacancy, tr("Vacancies in this file: %1")),
             line(K::DemandSnapshot, tr("Hiring-progress records in this file: %1"))},
            parent);
    if (objectName == QLatin1String("workers"))
        return new PlaceholderPage(
            objectName, tr("Workers"),
            tr("The worker needs list: each person with resident ID, key groups, employment status, return-to-work "
               "date for migrant workers, desired trade and wage, and the services they need. For people in "
               "hardship it will show the one-week promise clock: who is due a job recommendation and who is "
               "overdue."),
            {line(K::Worker, tr("Workers in this file: %1"))}, parent);
    if (objectName == QLatin1String("fairs"))
        return new PlaceholderPage(
            objectName, tr("Job fairs"),
            tr("Job fairs by organiser, date, online or offline, and kind (the unified \"1+16+N\" fair, special fairs "
               "by industry, group or occupation, live-stream recruiting), with the enterprises attending, jobs "
               "offered, attendees, employment intentions reached and contracts signed."),
            {line(K::JobFair, tr("Job fairs in this file: %1"))}, parent);
    if (objectName == QLatin1String("referrals"))
        return new PlaceholderPage(
            objectName, tr("Referrals"),
            tr("The referral pipeline: recommended, interviewed, intention reached, contract signed, stable "
               "employment, left. Stable employment follows the rule set on the Settings page."),
            {line(K::Referral, tr("Referrals in this file: %1"))}, parent);
    if (objectName == QLatin1String("services"))
        return new PlaceholderPage(
            objectName, tr("Services"),
            tr("Services delivered to workers: skills training, entrepreneurship support, legal aid and labour-law "
               "consultation, visits and condolence, and the accident-injury mutual insurance for workers who sign "
               "a labour contract during the concentrated phase."),
            {line(K::Service, tr("Service records in this file: %1"))}, parent);
    if (objectName == QLatin1String("targets"))
        return new PlaceholderPage(
            objectName, tr("Targets"),
            tr("Targets per organisation, period and metric, entered as data (such as the year target \"3831\" and "
               "the concentrated-phase target \"2626\"), with charts of actual figures against the target and "
               "against the pace expected by today."),
            {line(K::Target, tr("Targets in this file: %1")), line(K::Period, tr("Periods in this file: %1"))}, parent);
    if (objectName == QLatin1String("reports"))
        return new PlaceholderPage(
            objectName, tr("Reports"),
            tr("The monthly figures sent to the city federation, added up from the records in this file, ready to "
               "print or to export as a CSV file that opens correctly in Excel."),
            {line(K::Enterprise, tr("Enterprises in this file: %1")), line(K::Worker, tr("Workers in this file: %1")),
             line(K::JobFair, tr("Job fairs in this file: %1")), line(K::Referral, tr("Referrals in this file: %1")),
             line(K::Service, tr("Service records in this file: %1"))},
            parent);
    return nullptr;
}

} // namespace jb::ui
