#pragma once
// The kinds of service the ledger records (the reference list service_type: training, entrepreneurship, legal aid,
// labour-law consultation, visit, insurance, psychological support, financial aid, job referral, other) and the
// fields each kind uses, with the kind's own labels and choices: what a service dialog is built from and what
// validateService holds a kind's values to. The columns themselves are the field catalogue's (RecordKind::Service,
// core/records/RecordFields.h).

#include "core/records/RecordFields.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace jb::core {

namespace servicekind {
inline const QString training = QStringLiteral("training");
inline const QString entrepreneurship = QStringLiteral("entrepreneurship");
inline const QString legalAid = QStringLiteral("legal_aid");
inline const QString legalConsultation = QStringLiteral("legal_consultation");
inline const QString visit = QStringLiteral("visit");
inline const QString insurance = QStringLiteral("insurance");
inline const QString psychological = QStringLiteral("psychological");
inline const QString financialAid = QStringLiteral("financial_aid");
inline const QString jobReferral = QStringLiteral("job_referral");
inline const QString other = QStringLiteral("other");
} // namespace servicekind

// Every kind code, in the order the ledger lists them.
const QStringList& serviceKindCodes();
bool isServiceKind(const QString& code);

// The fields an officer fills for a service of `kind` (a code of serviceKindCodes()), in the dialog's order: the
// catalogue's fields with this kind's label and only this kind's choices. The person and the kind are set by the
// dialog (they are not in the list); the date and the unit are always first. Empty for an unknown kind.
const QVector<RecordField>& serviceFields(const QString& kind);
// The field `id` of `kind`'s form; nullptr when the kind does not use it.
const RecordField* serviceField(const QString& kind, const QString& id);

// A value as an officer writes it in a sheet or on the command line, in the stored form of `kind`'s field `id`: a
// choice by its code or its words in either language (订单式, Order-based), a mark as 是/否, √/×, yes/no, 1/0; other
// fields as written. An unreadable choice or mark is returned as written, so the checks name it.
QVariant serviceValueFromText(const QString& kind, const QString& id, const QString& text);

} // namespace jb::core
