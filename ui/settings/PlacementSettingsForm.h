#pragma once
// PlacementSettingsForm: the settings page's groups for the rules the file carries (core/settings/PlacementSettings):
// referrals and the one-week promise (its days and day kind, stable employment, retention checks, stale referrals,
// offers per person, declines before "unwilling for now"), early warning (workers and enterprises left too long, the
// pace shown amber) and the accident-injury mutual insurance (premium, the province's share, and the concentrated
// phases a contract must fall in, which are periods entered on the Targets page). Each field is labelled in the
// officer's words; the page applies what changed (checked by core, audited, on the undo stack).

#include <QString>
#include <QWidget>
#include <functional>
#include <utility>
#include <vector>

class QFormLayout;
class QLabel;

namespace jb::core {
class Database;
}

namespace jb::ui {

class PlacementSettingsForm final : public QWidget
{
    Q_OBJECT

public:
    using Values = std::vector<std::pair<QString, QString>>; // key → value as core stores it

    explicit PlacementSettingsForm(QWidget* parent = nullptr);

    // Shows the file's values (core's defaults where the file has none) and its concentrated phases.
    void load(core::Database& database);
    void clear();
    void setEditable(bool editable);

    // The settings whose value differs from the one loaded.
    Values changes() const;
    // The label of `key`'s field, without its colon (for a refusal that names the setting).
    QString labelOf(const QString& key) const;

signals:
    void edited();

private:
    struct Field
    {
        QString key;
        QString label;
        QWidget* editor = nullptr;
        std::function<QString()> read;
        std::function<void(const QString&)> write;
    };
    QWidget* buildPromiseGroup();
    QWidget* buildWarningGroup();
    QWidget* buildInsuranceGroup();
    void addSpin(QFormLayout* form, const QString& key, const QString& objectName, const QString& label, int low,
                 int high, const QString& suffix);
    void addPercent(QFormLayout* form, const QString& key, const QString& objectName, const QString& label, int low);
    void addField(QFormLayout* form, Field field);
    void updateInsuranceSplit();

    std::vector<Field> m_fields;
    std::vector<QString> m_loaded; // each field's value as read, in m_fields' order
    QLabel* m_split = nullptr;
    QLabel* m_phases = nullptr;
    bool m_loading = false;
};

} // namespace jb::ui
