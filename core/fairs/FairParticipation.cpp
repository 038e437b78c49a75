// Enterprises and posts of a fair.

#include "core/fairs/FairParticipation.h"

#include "core/audit/AuditLog.h"
#include "core/editing/RecordChange.h"
#include "core/fairs/FairSql.h"
#include "core/records/RecordFields.h"
#include "core/storage/Transaction.h"

#include <cstring>

namespace jb::core {

using fairsql::run;
using fairsql::value;

namespace fairlinks {

Expected<QString> fairName(QSqlDatabase db, qint64 fairId)
{
    const Expected<QVariant> name = value(db, QStringLiteral("SELECT name FROM job_fairs WHERE id = ?"), {fairId});
    if (!name)
        return Expected<QString>::failure(name.message());
    if (name->isNull())
        return Expected<QString>::failure(JB_TR("Fairs", "Job fair %1 does not exist").arg(fairId));
    return name->toString();
}

Status auditLink(QSqlDatabase db, const char* action, const char* table, qint64 fairId, const char* field, qint64 other)
{
    const bool linking = std::strcmp(action, "link") == 0;
    return appendAudit(db, {QLatin1String(action), QLatin1String(table), fairId, QLatin1String(field),
                            linking ? QVariant() : QVariant(other), linking ? QVariant(other) : QVariant(), QString()});
}

} // namespace fairlinks

namespace {

Expected<bool> exists(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    const Expected<QVariant> v = value(db, sql, binds);
    if (!v)
        return Expected<bool>::failure(v.message());
    return !v->isNull();
}

// Links the enterprise to the fair unless it is already there; true when it was added.
Expected<bool> joinFair(QSqlDatabase db, qint64 fairId, qint64 enterpriseId)
{
    const Expected<bool> there =
        exists(db, QStringLiteral("SELECT 1 FROM fair_enterprises WHERE fair_id = ? AND enterprise_id = ?"),
               {fairId, enterpriseId});
    if (!there || *there)
        return there ? Expected<bool>(false) : Expected<bool>::failure(there.message());
    if (auto q = run(db, QStringLiteral("INSERT INTO fair_enterprises (fair_id, enterprise_id) VALUES (?, ?)"),
                     {fairId, enterpriseId});
        !q)
        return Expected<bool>::failure(q.message());
    if (Status s = fairlinks::auditLink(db, "link", "fair_enterprises", fairId, "enterprise_id", enterpriseId); !s)
        return Expected<bool>::failure(s.message());
    return true;
}

Status linkPost(QSqlDatabase db, qint64 fairId, qint64 vacancyId, bool publicWelfare)
{
    const Expected<QVariant> enterprise =
        value(db, QStringLiteral("SELECT enterprise_id FROM vacancies WHERE id = ?"), {vacancyId});
    if (!enterprise)
        return Status::failure(enterprise.message());
    if (enterprise->isNull())
        return Status::failure(JB_TR("Fairs", "Vacancy %1 does not exist").arg(vacancyId));
    const Expected<bool> there = exists(
        db, QStringLiteral("SELECT 1 FROM fair_posts WHERE fair_id = ? AND vacancy_id = ?"), {fairId, vacancyId});
    if (!there)
        return Status::failure(there.message());
    if (*there)
        return Status::failure(JB_TR("Fairs", "This post is already one of the fair's posts"));
    if (const Expected<bool> joined = joinFair(db, fairId, enterprise->toLongLong()); !joined)
        return Status::failure(joined.message());
    if (auto q =
            run(db, QStringLiteral("INSERT INTO fair_posts (fair_id, vacancy_id, public_welfare) VALUES (?, ?, ?)"),
                {fairId, vacancyId, publicWelfare ? 1 : 0});
        !q)
        return Status::failure(q.message());
    return fairlinks::auditLink(db, "link", "fair_posts", fairId, "vacancy_id", vacancyId);
}

// Applies an Insert of a new record built from the dialog's values (the usual checks and audit).
Expected<qint64> insertRecord(QSqlDatabase db, RecordKind kind, const QVariantMap& values)
{
    RecordChange change = changeBetween(kind, 0, {}, values);
    change.note = JB_TR("Fairs", "added at a job fair").text();
    return applyRecordChange(db, change);
}

} // namespace

Status addFairEnterprise(QSqlDatabase db, qint64 fairId, qint64 enterpriseId)
{
    if (const Expected<QString> fair = fairlinks::fairName(db, fairId); !fair)
        return Status::failure(fair.message());
    const Expected<bool> known = exists(db, QStringLiteral("SELECT 1 FROM enterprises WHERE id = ?"), {enterpriseId});
    if (!known)
        return Status::failure(known.message());
    if (!*known)
        return Status::failure(JB_TR("Fairs", "Enterprise %1 does not exist").arg(enterpriseId));
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    const Expected<bool> joined = joinFair(db, fairId, enterpriseId);
    if (!joined)
        return Status::failure(joined.message());
    if (!*joined)
        return Status::failure(JB_TR("Fairs", "The enterprise already takes part in this fair"));
    return tx.commit();
}

Expected<qint64> addNewFairEnterprise(QSqlDatabase db, qint64 fairId, const QVariantMap& enterprise)
{
    using Result = Expected<qint64>;
    if (const Expected<QString> fair = fairlinks::fairName(db, fairId); !fair)
        return Result::failure(fair.message());
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.message());
    const Expected<qint64> id = insertRecord(db, RecordKind::Enterprise, enterprise);
    if (!id)
        return id;
    if (const Expected<bool> joined = joinFair(db, fairId, *id); !joined)
        return Result::failure(joined.message());
    if (Status s = tx.commit(); !s)
        return Result::failure(s.message());
    return id;
}

Status removeFairEnterprise(QSqlDatabase db, qint64 fairId, qint64 enterpriseId)
{
    const Expected<bool> referred =
        exists(db, QStringLiteral("SELECT 1 FROM referrals WHERE fair_id = ? AND enterprise_id = ? LIMIT 1"),
               {fairId, enterpriseId});
    if (!referred)
        return Status::failure(referred.message());
    if (*referred)
        return Status::failure(JB_TR("Fairs", "Intentions or contracts made at the fair name this enterprise; remove "
                                              "them first"));
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    Expected<QSqlQuery> posts = run(db,
                                    QStringLiteral("SELECT p.vacancy_id FROM fair_posts p JOIN vacancies v ON v.id = "
                                                   "p.vacancy_id WHERE p.fair_id = ? AND v.enterprise_id = ?"),
                                    {fairId, enterpriseId});
    if (!posts)
        return Status::failure(posts.message());
    QVector<qint64> vacancies;
    while (posts->next())
        vacancies << posts->value(0).toLongLong();
    for (qint64 v : vacancies)
        if (Status s = detachFairPost(db, fairId, v); !s)
            return s;
    Expected<QSqlQuery> q =
        run(db, QStringLiteral("DELETE FROM fair_enterprises WHERE fair_id = ? AND enterprise_id = ?"),
            {fairId, enterpriseId});
    if (!q)
        return Status::failure(q.message());
    if (q->numRowsAffected() == 0)
        return Status::failure(JB_TR("Fairs", "The enterprise does not take part in this fair"));
    if (Status s = fairlinks::auditLink(db, "unlink", "fair_enterprises", fairId, "enterprise_id", enterpriseId); !s)
        return s;
    return tx.commit();
}

Status attachFairPost(QSqlDatabase db, qint64 fairId, qint64 vacancyId, bool publicWelfare)
{
    if (const Expected<QString> fair = fairlinks::fairName(db, fairId); !fair)
        return Status::failure(fair.message());
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    if (Status s = linkPost(db, fairId, vacancyId, publicWelfare); !s)
        return s;
    return tx.commit();
}

Expected<qint64> addNewFairPost(QSqlDatabase db, qint64 fairId, const QVariantMap& vacancy, bool publicWelfare)
{
    using Result = Expected<qint64>;
    const Expected<QVariant> firstDay =
        value(db, QStringLiteral("SELECT held_on FROM job_fairs WHERE id = ?"), {fairId});
    if (!firstDay)
        return Result::failure(firstDay.message());
    if (firstDay->isNull())
        return Result::failure(JB_TR("Fairs", "Job fair %1 does not exist").arg(fairId));
    QVariantMap values = vacancy;
    if (values.value(fields::vacancy::postedOn).toString().isEmpty())
        values.insert(fields::vacancy::postedOn, *firstDay);
    if (values.value(fields::vacancy::status).toString().isEmpty())
        values.insert(fields::vacancy::status, QStringLiteral("open"));
    Transaction tx(db);
    if (!tx.started())
        return Result::failure(tx.message());
    const Expected<qint64> id = insertRecord(db, RecordKind::Vacancy, values);
    if (!id)
        return id;
    if (auto q = run(db, QStringLiteral("UPDATE vacancies SET source_fair_id = ? WHERE id = ?"), {fairId, *id}); !q)
        return Result::failure(q.message());
    if (Status s = linkPost(db, fairId, *id, publicWelfare); !s)
        return Result::failure(s.message());
    if (Status s = tx.commit(); !s)
        return Result::failure(s.message());
    return id;
}

Status setFairPostPublicWelfare(QSqlDatabase db, qint64 fairId, qint64 vacancyId, bool publicWelfare)
{
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    Expected<QSqlQuery> q =
        run(db, QStringLiteral("UPDATE fair_posts SET public_welfare = ? WHERE fair_id = ? AND vacancy_id = ?"),
            {publicWelfare ? 1 : 0, fairId, vacancyId});
    if (!q)
        return Status::failure(q.message());
    if (q->numRowsAffected() == 0)
        return Status::failure(JB_TR("Fairs", "This vacancy is not one of the fair's posts"));
    if (Status s = appendAudit(db, {QStringLiteral("update"), QStringLiteral("fair_posts"), fairId,
                                    QStringLiteral("public_welfare"), publicWelfare ? 0 : 1, publicWelfare ? 1 : 0,
                                    QStringLiteral("vacancy %1").arg(vacancyId)});
        !s)
        return s;
    return tx.commit();
}

Status detachFairPost(QSqlDatabase db, qint64 fairId, qint64 vacancyId)
{
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    Expected<QSqlQuery> q =
        run(db, QStringLiteral("DELETE FROM fair_posts WHERE fair_id = ? AND vacancy_id = ?"), {fairId, vacancyId});
    if (!q)
        return Status::failure(q.message());
    if (q->numRowsAffected() == 0)
        return Status::failure(JB_TR("Fairs", "This vacancy is not one of the fair's posts"));
    if (Status s = fairlinks::auditLink(db, "unlink", "fair_posts", fairId, "vacancy_id", vacancyId); !s)
        return s;
    return tx.commit();
}

Status undoAttachFairPost(QSqlDatabase db, qint64 fairId, qint64 vacancyId, const QSet<qint64>& participantsBefore)
{
    const Expected<QVariant> enterprise =
        value(db, QStringLiteral("SELECT enterprise_id FROM vacancies WHERE id = ?"), {vacancyId});
    if (!enterprise)
        return Status::failure(enterprise.message());
    Transaction tx(db);
    if (!tx.started())
        return Status::failure(tx.message());
    if (Status s = detachFairPost(db, fairId, vacancyId); !s)
        return s;
    if (!enterprise->isNull() && !participantsBefore.contains(enterprise->toLongLong()))
        if (Status s = removeFairEnterprise(db, fairId, enterprise->toLongLong()); !s)
            return s;
    return tx.commit();
}

} // namespace jb::core
