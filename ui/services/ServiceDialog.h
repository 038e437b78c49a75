#pragma once
// ServiceDialog: records a service of one kind on a person, or changes a stored one. The kind is chosen first (the
// 新增服务 menu); the form is then the kind's own fields as core describes them (core/records/ServiceKinds.h: the
// kind's labels and choices), checked by core as the officer types (validateService) with the messages under the
// fields and the line of what is still wrong beneath them. The person is chosen by name or the end of the ID number
// (fixed when the dialog is opened from a person or on a stored service); an entrepreneurship service links a
// project from the file's projects. The page applies the change (ServiceActions) and puts it on the undo stack.

#include "core/services/ServiceLedger.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace jb::core {
class Database;
}

namespace jb::ui {

class RecordForm;

class ServiceDialog final : public QDialog
{
    Q_OBJECT

public:
    // A new service of `kind` on `workerId` (0: the officer chooses the person), or the stored service `serviceId`
    // (its own kind; `kind` and `workerId` are then ignored).
    ServiceDialog(core::Database& database, const QString& kind, qint64 workerId, qint64 serviceId,
                  QWidget* parent = nullptr);
    ~ServiceDialog() override;

    QString kind() const;
    qint64 workerId() const;
    QString personName() const;
    // What the dialog would add (a new service).
    core::NewService newService() const;
    // The fields whose value the officer changed (a stored service), field id → new value.
    QVariantMap changedValues() const;

    RecordForm* form() const;
    QLineEdit* personSearch() const;
    QComboBox* personCombo() const;
    QComboBox* projectCombo() const;
    // The name of the kind in the interface language.
    static QString kindName(core::Database& database, const QString& kind);

private:
    struct Fields;
    void buildPerson(QFormLayout* layout);
    void buildFields(QFormLayout* layout, const QVariantMap& values);
    void searchPeople(const QString& text);
    void unitOfPerson();
    void validate();
    QVariantMap formValues() const;

    std::unique_ptr<Fields> m;
};

} // namespace jb::ui
