#include "ui/services/ServiceTotalsView.h"

#include "core/domain/Clock.h"
#include "core/domain/NameLanguage.h"
#include "core/domain/Period.h"
#include "core/services/ServiceLedger.h"
#include "core/storage/Database.h"
#include "core/storage/OpeningCheck.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jb::ui {

namespace {

QString yuan(double amount)
{
    return QLocale().toString(amount, 'f', 2);
}

} // namespace

ServiceTotalsView::ServiceTotalsView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("serviceTotals"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 4);
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("serviceTotalsScope"));
    m_scope->setWordWrap(true);
    layout->addWidget(m_scope);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("serviceTotalsTable"));
    m_table->setHorizontalHeaderLabels({tr("Service"), tr("People"), tr("Services (person-times)")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setColumnWidth(1, 120);
    m_table->setColumnWidth(2, 160);
    m_table->setMaximumWidth(640);
    layout->addWidget(m_table, 1);

    auto* insurance = new QGroupBox(tr("Accident-injury mutual insurance"), this);
    insurance->setMaximumWidth(640);
    auto* box = new QVBoxLayout(insurance);
    m_insuranceLine = new QLabel(insurance);
    m_insuranceLine->setObjectName(QStringLiteral("insuranceSplit"));
    m_insuranceLine->setWordWrap(true);
    QFont larger = m_insuranceLine->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.1);
    m_insuranceLine->setFont(larger);
    box->addWidget(m_insuranceLine);
    m_settingsLine = new QLabel(insurance);
    m_settingsLine->setObjectName(QStringLiteral("insuranceSettings"));
    m_settingsLine->setWordWrap(true);
    m_settingsLine->setStyleSheet(QStringLiteral("color: #555;"));
    box->addWidget(m_settingsLine);
    layout->addWidget(insurance);
}

ServiceTotalsView::~ServiceTotalsView() = default; // the job's destructor cancels and waits

QString ServiceTotalsView::show(const core::Database& database, const core::ServiceFilter& filter,
                                const std::optional<core::Period>& period)
{
    const QString scope = period ? tr("%1, the whole file").arg(period->label.isEmpty() ? period->name : period->label)
                                 : tr("The services the filter selects");
    const core::InsuranceSettings settings = core::readInsuranceSettings(database.connection());
    m_settingsLine->setText(tr("Worked out with the settings: premium %1 yuan per person, the province's share %2%, "
                               "the city's %3% (each enrolment keeps the split of its day).")
                                .arg(yuan(settings.premiumYuan),
                                     QLocale().toString(settings.provinceShare * 100, 'f', 0),
                                     QLocale().toString((1 - settings.provinceShare) * 100, 'f', 0)));
    const quint64 round = ++m_round;
    if (!m_inBackground) {
        const auto summary = core::serviceSummary(database.connection(), filter, period, core::Clock::today());
        if (!summary)
            return summary.error();
        fill(*summary, scope);
        return {};
    }
    m_scope->setText(tr("%1 — counting…").arg(scope));
    const QString path = database.path();
    const QDate today = core::Clock::today();
    m_job.reset(); // a count under way is cancelled (SQLite stops it within milliseconds) and joined
    // `this` outlives the job (its destructor waits for it); a call queued to it is dropped if it is deleted first.
    m_job = std::make_unique<core::BackgroundJob>(
        [this, round, path, filter, period, today, scope](const std::atomic<bool>& cancelled) {
            const auto summary = core::serviceSummaryOfFile(path, filter, period, today, &cancelled);
            if (cancelled)
                return;
            QMetaObject::invokeMethod(
                this, [this, round, summary, scope] { finished(round, summary, scope); }, Qt::QueuedConnection);
        });
    return {};
}

void ServiceTotalsView::finished(quint64 round, const core::Expected<core::ServiceSummary>& summary,
                                 const QString& scope)
{
    if (round != m_round)
        return; // superseded, or the file was closed
    if (!summary) {
        m_scope->setText(scope);
        emit failed(summary.error());
        return;
    }
    fill(*summary, scope);
}

void ServiceTotalsView::fill(const core::ServiceSummary& summary, const QString& scope)
{
    m_totals = summary.kinds;
    m_insurance = summary.insurance;
    m_scope->setText(summary.received ? scope + tr(" (with the figures the sub-units' packages reported)") : scope);
    const bool chinese = core::shownNameLanguage() == core::NameLanguage::Chinese;
    m_table->setRowCount(static_cast<int>(m_totals.size()));
    for (int r = 0; r < m_totals.size(); ++r) {
        const core::ServiceKindTotal& t = m_totals.at(r);
        m_table->setItem(r, 0, new QTableWidgetItem(chinese ? t.nameZh : t.nameEn));
        for (const auto& [column, value] : {std::pair{1, t.people}, std::pair{2, t.services}}) {
            auto* item = new QTableWidgetItem(QLocale().toString(value));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, column, item);
        }
    }
    m_insuranceLine->setText(tr("%1 people enrolled; %2 yuan in all: the province %3 yuan, the city %4 yuan")
                                 .arg(QLocale().toString(m_insurance.people), yuan(m_insurance.total),
                                      yuan(m_insurance.province), yuan(m_insurance.city)));
}

void ServiceTotalsView::clear()
{
    ++m_round;
    if (m_job)
        m_job->cancel();
    m_totals.clear();
    m_insurance = {};
    m_table->setRowCount(0);
    m_scope->clear();
    m_insuranceLine->clear();
    m_settingsLine->clear();
}

} // namespace jb::ui
