#pragma once
// What a fair brought: its participating enterprises and the posts each brought. Each operation is one
// transaction with its audit rows (table fair_enterprises / fair_posts, action link / unlink); a refusal is a
// Message and writes nothing. Records created on the spot go through the usual record checks and audit
// (core/editing/RecordChange.h) inside the same transaction, and name the fair as their source.

#include "core/Expected.h"

#include <QSet>
#include <QSqlDatabase>
#include <QVariantMap>

namespace jb::core {

// An enterprise of the list joins the fair. Refused if it already takes part.
Status addFairEnterprise(QSqlDatabase db, qint64 fairId, qint64 enterpriseId);
// A new enterprise (field id → value, as the enterprise dialog gives them: fields::enterprise) is added to the
// list with the usual checks and joins the fair. Returns its id.
Expected<qint64> addNewFairEnterprise(QSqlDatabase db, qint64 fairId, const QVariantMap& enterprise);
// The enterprise leaves the fair with the posts it brought there. Refused while referrals made at the fair point
// at it (remove those first).
Status removeFairEnterprise(QSqlDatabase db, qint64 fairId, qint64 enterpriseId);

// An existing vacancy is one of the posts brought to the fair; its enterprise joins the fair if it had not.
Status attachFairPost(QSqlDatabase db, qint64 fairId, qint64 vacancyId, bool publicWelfare);
// A new post (fields::vacancy; enterprise_id required, posted_on defaults to the fair's first day, status to open)
// joins the demand list with the fair as its source and is attached to the fair. Returns the vacancy's id.
Expected<qint64> addNewFairPost(QSqlDatabase db, qint64 fairId, const QVariantMap& vacancy, bool publicWelfare);
// Marks or unmarks a post brought to the fair as public-welfare (公益性岗位).
Status setFairPostPublicWelfare(QSqlDatabase db, qint64 fairId, qint64 vacancyId, bool publicWelfare);
// The post is no longer counted for the fair (the vacancy stays in the demand list).
Status detachFairPost(QSqlDatabase db, qint64 fairId, qint64 vacancyId);
// Takes attachFairPost back in one transaction: the post leaves the fair, and so does its enterprise when the
// attach made it a participant (it is not among `participantsBefore`, the fair's enterprises before the attach).
Status undoAttachFairPost(QSqlDatabase db, qint64 fairId, qint64 vacancyId, const QSet<qint64>& participantsBefore);

namespace fairlinks {
// For the fairs folder: checks the fair exists and returns its name (for messages).
Expected<QString> fairName(QSqlDatabase db, qint64 fairId);
// Writes one audit row for a link.
Status auditLink(QSqlDatabase db, const char* action, const char* table, qint64 fairId, const char* field,
                 qint64 other);
} // namespace fairlinks

} // namespace jb::core
