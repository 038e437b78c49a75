#include "ui/duplicates/MergeDialog.h"

#include "core/storage/Database.h"
#include "ui/DialogButtons.h"
#include "ui/Localisation.h"
#include "ui/safety/BackupBeforeChange.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace jb::ui {

namespace {

QString shown(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

MergeDialog::MergeDialog(core::Database& database, core::MergeRecordKind kind, const QVector<qint64>& recordIds,
                         QWidget* parent, const QStringList& labels)
    : QDialog(parent), m_database(database), m_kind(kind)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(kind == core::MergeRecordKind::Worker ? tr("Merge two worker records")
                                                         : tr("Merge two enterprise records"));
    resize(760, 560);
    auto* layout = new QVBoxLayout(this);

    auto* pick = new QFormLayout;
    m_survivor = new QComboBox(this);
    m_survivor->setObjectName(QStringLiteral("mergeSurvivor"));
    m_loser = new QComboBox(this);
    m_loser->setObjectName(QStringLiteral("mergeLoser"));
    for (int i = 0; i < recordIds.size(); ++i) {
        const qint64 id = recordIds.at(i);
        const QString text = labels.value(i).isEmpty() ? QStringLiteral("#%1").arg(id)
                                                       : QStringLiteral("#%1  %2").arg(id).arg(labels.at(i));
        m_survivor->addItem(text, id);
        m_loser->addItem(text, id);
    }
    if (m_loser->count() > 1)
        m_loser->setCurrentIndex(1);
    pick->addRow(tr("Record to keep:"), m_survivor);
    pick->addRow(tr("Record merged into it and then deleted:"), m_loser);
    layout->addLayout(pick);

    auto* explain = new QLabel(tr("Where the two differ, choose the value to keep:"), this);
    layout->addWidget(explain);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* gridHost = new QWidget(scroll);
    m_grid = new QGridLayout(gridHost);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    scroll->setWidget(gridHost);
    layout->addWidget(scroll, 1);

    m_same = new QLabel(this);
    m_same->setObjectName(QStringLiteral("mergeSame"));
    m_same->setWordWrap(true);
    layout->addWidget(m_same);
    m_moves = new QLabel(this);
    m_moves->setObjectName(QStringLiteral("mergeMoves"));
    m_moves->setWordWrap(true);
    layout->addWidget(m_moves);
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("mergeRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_refusal);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    DialogButtons::giveMnemonics(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MergeDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_survivor, &QComboBox::currentIndexChanged, this, &MergeDialog::reloadPreview);
    connect(m_loser, &QComboBox::currentIndexChanged, this, &MergeDialog::reloadPreview);
    reloadPreview();
}

qint64 MergeDialog::survivorId() const
{
    return m_survivor->currentData().toLongLong();
}

qint64 MergeDialog::loserId() const
{
    return m_loser->currentData().toLongLong();
}

QString MergeDialog::refusal() const
{
    return m_refusal->text();
}

void MergeDialog::choose(const QString& field, core::MergeSide side)
{
    if (QButtonGroup* group = m_choices.value(field)) {
        if (QAbstractButton* button = group->button(side == core::MergeSide::Loser ? 1 : 0))
            button->setChecked(true);
    }
}

void MergeDialog::clearGrid()
{
    m_choices.clear();
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void MergeDialog::reloadPreview()
{
    clearGrid();
    m_refusal->clear();
    m_moves->clear();
    m_same->clear();
    m_preview = {};
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    if (survivorId() == loserId()) {
        m_refusal->setText(tr("Choose two different records."));
        return;
    }
    const core::Expected<core::MergePreview> p =
        core::RecordMerge::preview(m_database.connection(), m_kind, survivorId(), loserId());
    if (!p) {
        m_refusal->setText(p.error());
        return;
    }
    m_preview = *p;
    auto* host = m_grid->parentWidget();
    auto bold = [host](const QString& text) {
        auto* label = new QLabel(text, host);
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        return label;
    };
    m_grid->addWidget(bold(tr("Field")), 0, 0);
    m_grid->addWidget(bold(tr("Kept record #%1").arg(m_preview.survivorId)), 0, 1);
    m_grid->addWidget(bold(tr("Merged record #%1").arg(m_preview.loserId)), 0, 2);
    int row = 1;
    for (const core::MergeField& f : std::as_const(m_preview.differing)) {
        m_grid->addWidget(new QLabel(f.label, host), row, 0);
        auto* keep = new QRadioButton(shown(f.survivorText), host);
        keep->setObjectName(QStringLiteral("take_%1_survivor").arg(f.field));
        auto* take = new QRadioButton(shown(f.loserText), host);
        take->setObjectName(QStringLiteral("take_%1_loser").arg(f.field));
        auto* group = new QButtonGroup(host);
        group->addButton(keep, 0);
        group->addButton(take, 1);
        // An empty value never wins by default: the record's known value is kept.
        (f.survivorText.isEmpty() && !f.loserText.isEmpty() ? take : keep)->setChecked(true);
        m_choices.insert(f.field, group);
        m_grid->addWidget(keep, row, 1);
        m_grid->addWidget(take, row, 2);
        ++row;
    }
    if (m_preview.differing.isEmpty())
        m_grid->addWidget(new QLabel(tr("The two records hold the same values."), host), row++, 0, 1, 3);
    m_grid->setRowStretch(row, 1);

    QStringList same;
    for (const core::MergeField& f : std::as_const(m_preview.same))
        same << f.label;
    m_same->setText(
        tr("Same in both: %1").arg(same.join(Localisation::isChinese() ? QStringLiteral("、") : QStringLiteral(", "))));
    QStringList moves;
    if (m_kind == core::MergeRecordKind::Worker) {
        moves << tr("%n referral(s)", nullptr, static_cast<int>(m_preview.referrals))
              << tr("%n service(s)", nullptr, static_cast<int>(m_preview.services))
              << tr("%n key group, hardship or need link(s)", nullptr, static_cast<int>(m_preview.keyGroups));
    } else {
        moves << tr("%n vacancy(ies)", nullptr, static_cast<int>(m_preview.vacancies))
              << tr("%n referral(s)", nullptr, static_cast<int>(m_preview.referrals))
              << tr("%n service(s)", nullptr, static_cast<int>(m_preview.services))
              << tr("%n demand snapshot(s)", nullptr, static_cast<int>(m_preview.snapshots))
              << tr("%n monitoring flag(s)", nullptr, static_cast<int>(m_preview.flags))
              << tr("%n job fair(s)", nullptr, static_cast<int>(m_preview.fairs));
    }
    m_moves->setText(tr("Moves to the kept record: %1. The merged record is then deleted; the merge is recorded in "
                        "the audit log.")
                         .arg(moves.join(Localisation::isChinese() ? QStringLiteral("，") : QStringLiteral(", "))));
    m_refusal->setText(m_preview.refusal.text());
    ok->setEnabled(m_preview.refusal.isEmpty());
}

void MergeDialog::accept()
{
    core::MergeRequest request;
    request.kind = m_kind;
    request.survivorId = survivorId();
    request.loserId = loserId();
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        request.choices.insert(it.key(),
                               it.value()->checkedId() == 1 ? core::MergeSide::Loser : core::MergeSide::Survivor);
    if (const core::Status backedUp = backUpBeforeChange(m_database); !backedUp) {
        m_refusal->setText(backedUp.error());
        return;
    }
    core::MergeUndo undo;
    const core::Expected<qint64> done = core::RecordMerge::merge(m_database.connection(), request, &undo);
    if (!done) {
        m_refusal->setText(done.error());
        return;
    }
    m_request = request;
    m_undo = std::move(undo);
    emit merged(*done);
    QDialog::accept();
}

} // namespace jb::ui
