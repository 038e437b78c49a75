#include "ui/placement/ReferralOffersDialog.h"

#include "core/placement/ReferralList.h"
#include "core/services/ServiceLedger.h"
#include "core/storage/Database.h"
#include "ui/DialogButtons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <cmath>

namespace jb::ui {

ReferralOffersDialog::ReferralOffersDialog(core::Database& database, const core::ReferralChange& contract,
                                           const core::InsuranceOffer& insurance, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("referralOffersDialog"));
    setWindowTitle(tr("After the contract"));
    auto* layout = new QVBoxLayout(this);
    auto* heading =
        new QLabel(tr("The contract is recorded. Tick what else to do now; OK does only what is ticked."), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_others = new QListWidget(this);
    m_others->setObjectName(QStringLiteral("offerOthers"));
    for (qint64 id : contract.otherOpenReferrals) {
        const core::Expected<core::ReferralRow> row = core::referralRow(database.connection(), id);
        auto* item = new QListWidgetItem(
            row ? tr("%1, %2 (%3 since %4)")
                      .arg(row->postTitle, row->enterpriseName, row->stageText(), row->stageOn.toString(Qt::ISODate))
                : tr("Referral %1").arg(id),
            m_others);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (!contract.otherOpenReferrals.isEmpty()) {
        auto* label = new QLabel(tr("This person has other open referrals. Close the ticked ones as “hired "
                                    "elsewhere”? Untick any that stay open (two part-time jobs are legitimate)."),
                                 this);
        label->setWordWrap(true);
        layout->addWidget(label);
        layout->addWidget(m_others);
    } else {
        m_others->hide();
    }
    m_closePost =
        new QCheckBox(tr("&Close the post: %1 of %2 hired").arg(contract.hired).arg(contract.headcount), this);
    m_closePost->setObjectName(QStringLiteral("offerClosePost"));
    m_closePost->setChecked(contract.postFilled);
    m_closePost->setVisible(contract.postFilled);
    layout->addWidget(m_closePost);
    addInsurance(database, insurance);
    layout->addWidget(m_insurance);
    layout->addWidget(m_insuranceNote);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    DialogButtons::giveMnemonics(buttons);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

QVector<qint64> ReferralOffersDialog::chosenReferrals() const
{
    QVector<qint64> chosen;
    for (int i = 0; i < m_others->count(); ++i)
        if (m_others->item(i)->checkState() == Qt::Checked)
            chosen << m_others->item(i)->data(Qt::UserRole).toLongLong();
    return chosen;
}

void ReferralOffersDialog::addInsurance(core::Database& database, const core::InsuranceOffer& insurance)
{
    const core::InsuranceSettings settings = core::readInsuranceSettings(database.connection());
    // The split as core stores it at enrolment: the province's part rounded to the fen, the city the rest.
    const double province = std::round(insurance.premiumYuan * settings.provinceShare * 100) / 100;
    auto yuan = [](double v) {
        return QString::number(v, 'f', 2).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
    };
    m_insurance =
        new QCheckBox(tr("&Enrol in the workers' accident-injury mutual insurance (%1 yuan: province %2 / "
                         "city %3)")
                          .arg(yuan(insurance.premiumYuan), yuan(province), yuan(insurance.premiumYuan - province)),
                      this);
    m_insurance->setObjectName(QStringLiteral("offerInsurance"));
    m_insuranceNote = new QLabel(tr("The contract was signed on %1, inside the concentrated phase, and the person is "
                                    "not yet enrolled this year. The premium and the shares come from the settings.")
                                     .arg(insurance.contractOn.toString(Qt::ISODate)),
                                 this);
    m_insuranceNote->setWordWrap(true);
    m_insuranceNote->setIndent(24); // under the box's text
    m_insuranceNote->setStyleSheet(QStringLiteral("color: #555;"));
    m_insurance->setChecked(insurance.offered);
    m_insurance->setVisible(insurance.offered);
    m_insuranceNote->setVisible(insurance.offered);
}

bool ReferralOffersDialog::enrolInsurance() const
{
    return !m_insurance->isHidden() && m_insurance->isChecked();
}

bool ReferralOffersDialog::closePost() const
{
    return !m_closePost->isHidden() && m_closePost->isChecked();
}

} // namespace jb::ui
