#pragma once
// Everything on record about one enterprise, for the Enterprises page's detail panel: all fields (contact phone
// masked), its vacancies, the dated demand snapshots (plan / hired / gap per visit or call, oldest first, for the
// history chart), the monitoring flags with their dates, and the referrals made to it. revealEnterprisePhone()
// is the only way to see the full contact phone, and it writes the audit log in the same transaction.

#include "core/Expected.h"
#include "core/lists/VacancyListQuery.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

namespace jb::core {

struct DemandSnapshot
{
    qint64 id = 0;
    QDate recordedOn;
    QString contactKind; // visit, call, fair, other
    int planned = 0;
    int hired = 0;
    int gap = 0;
    QString officer;
    QString note;
};

struct EnterpriseFlag
{
    qint64 id = 0;
    QString kind; // wage_arrears, attrition, labour_risk
    QDate flaggedOn;
    QDate resolvedOn; // null while open
    std::optional<double> amountYuan;
    std::optional<int> peopleAffected;
    QString note;
};

struct EnterpriseReferral
{
    qint64 id = 0;
    QString worker;
    QString vacancy; // title; empty when not for a listed vacancy
    QString stage;   // the latest: recommended, interviewed, intention, contract, stable, left
    QDate stageOn;
};

struct EnterpriseDetail
{
    qint64 id = 0;
    QString name;
    QString creditCode;
    qint64 orgId = 0;
    QString organisation;
    std::optional<qint64> industryId;
    QString industry;
    QString address;
    QString contactName;
    QString contactPhoneMasked;
    bool keyEnterprise = false;
    bool majorProject = false;
    QString note;
    QDate createdOn;
    QDate updatedOn;
    QVector<VacancyRow> vacancies;         // newest posted first
    QVector<DemandSnapshot> snapshots;     // oldest first
    QVector<EnterpriseFlag> flags;         // open first, then newest first
    QVector<EnterpriseReferral> referrals; // newest first
};

Expected<EnterpriseDetail> loadEnterpriseDetail(QSqlDatabase db, qint64 enterpriseId,
                                                NameLanguage names = NameLanguage::Chinese);

// The unmasked contact phone, with an audit entry (action 'reveal', table enterprises, field contact_phone, no
// value) written in one transaction: either both happen or neither. `reason`: stored in the audit row; required
// when the file says so (core/settings/RevealReason.h).
Expected<QString> revealEnterprisePhone(QSqlDatabase db, qint64 enterpriseId, const QString& reason = {});

} // namespace jb::core
