#include "ui/lists/ListFilterBar.h"

#include "core/organisations/OrganisationRepository.h"
#include "core/storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <algorithm>

namespace jb::ui {

ListFilterBar::ListFilterBar(const QString& objectName, int comboLength, QWidget* parent)
    : QWidget(parent), m_comboLength(comboLength)
{
    setObjectName(objectName);
}

void ListFilterBar::makeSearch(const QString& objectName, const QString& placeholder, int minimumWidth)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(objectName);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(placeholder);
    m_search->setMinimumWidth(minimumWidth);
    m_searchPause = new QTimer(this);
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(kSearchPauseMs);
    connect(m_search, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_searchPause, &QTimer::timeout, this, &ListFilterBar::filterChanged);
    // Enter searches at once.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchPause->stop();
        emit filterChanged();
    });
}

QComboBox* ListFilterBar::addCombo(const QString& objectName, const QString& caption)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->addItem(caption);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(m_comboLength);
    connect(combo, &QComboBox::currentIndexChanged, this, &ListFilterBar::changed);
    return combo;
}

QComboBox* ListFilterBar::combo(const QString& objectName) const
{
    return findChild<QComboBox*>(objectName);
}

void ListFilterBar::addSubUnits(QComboBox* combo, const core::Database& database)
{
    core::OrganisationRepository orgs(database.connection());
    if (const auto home = orgs.home()) {
        if (const auto children = orgs.children(home->id)) {
            for (const core::Organisation& org : *children)
                combo->addItem(org.name, org.id);
        }
    }
}

ListFilterBar::Choices ListFilterBar::choices() const
{
    Choices kept;
    kept.search = m_search->text();
    for (const QComboBox* combo : findChildren<QComboBox*>())
        if (!combo->objectName().isEmpty() && combo->currentIndex() > 0)
            kept.values.insert(combo->objectName(), combo->currentData());
    for (const QCheckBox* box : findChildren<QCheckBox*>())
        if (!box->objectName().isEmpty())
            kept.checks.insert(box->objectName(), box->isChecked());
    return kept;
}

void ListFilterBar::choose(const Choices& kept)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_search->setText(kept.search);
    m_searchPause->stop();
    for (QComboBox* combo : findChildren<QComboBox*>()) {
        const auto it = kept.values.constFind(combo->objectName());
        if (it != kept.values.cend())
            combo->setCurrentIndex(std::max(0, combo->findData(*it)));
    }
    for (QCheckBox* box : findChildren<QCheckBox*>()) {
        const auto it = kept.checks.constFind(box->objectName());
        if (it != kept.checks.cend())
            box->setChecked(*it);
    }
    m_loading = wasLoading;
}

void ListFilterBar::clearSearch()
{
    m_search->clear();
    m_searchPause->stop();
}

void ListFilterBar::changed()
{
    if (!m_loading)
        emit filterChanged();
}

std::optional<qint64> ListFilterBar::chosen(const QComboBox* combo)
{
    const QVariant v = combo->currentData();
    if (combo->currentIndex() <= 0 || !v.isValid())
        return std::nullopt;
    return v.toLongLong();
}

bool ListFilterBar::chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace jb::ui
