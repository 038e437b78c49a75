// Checks a package against the receiving file (reads only), then writes it in one audited transaction.

#include "core/exchange/PackageImport.h"

#include "core/audit/AuditLog.h"
#include "core/domain/Organisation.h"
#include "core/organisations/OrganisationRepository.h"
#include "core/storage/SqlError.h"
#include "core/storage/Transaction.h"
#include "core/targets/PeriodRepository.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace jb::core::exchange {

namespace {

using Result = Expected<ImportOutcome>;

QString range(const Period& p)
{
    return p.start.toString(Qt::ISODate) + QStringLiteral("…") + p.end.toString(Qt::ISODate);
}

QString stamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// A sub-unit of the child that this file does not have yet, to be created with the child's code for it.
struct NewUnit
{
    QString code;
    QString name;
    OrgKind kind = OrgKind::Other;
};

// Everything the checks found that the write needs.
struct Plan
{
    Organisation home;
    Organisation child;
    Period period; // id 0: a year or month to be stored
    qint64 oldPackageId = 0;
    QJsonObject oldJson;
    QDateTime oldCreatedAt;
    QHash<QString, qint64> orgIds; // code → id for the child and its sub-units present in this file
    QVector<NewUnit> newUnits;
    QHash<QString, qint64> keyGroupIds; // code → id of this file's key groups
    QVector<Message> notes;
};

class Importer final
{
public:
    Importer(QSqlDatabase db, const Package& package, QString fileName)
        : m_db(std::move(db)), m_pkg(package), m_file(std::move(fileName))
    {
    }

    Result run();

private:
    Status check();
    Status checkOrganisation();
    Status checkPeriod();
    Status checkPrevious();
    Status checkUnits();
    Status loadKeyGroups();
    Status write(ImportOutcome& outcome);
    Status writeSections(qint64 packageId);
    Status writeFairs(qint64 packageId);
    Status exec(QSqlQuery& q, const char* what);
    Message refuse(const Message& reason) const;
    QVector<FigureChange> diff() const;

    QSqlDatabase m_db;
    const Package& m_pkg;
    QString m_file;
    Plan m_plan;
    bool m_unchanged = false;
};

Message Importer::refuse(const Message& reason) const
{
    const Message who = JB_TR("Exchange", "%1 (%2)").arg(m_pkg.orgName).arg(m_pkg.orgCode);
    if (m_file.isEmpty())
        return JB_TR("Exchange", "The package of %1 was not imported; this file is unchanged. %2").arg(who).arg(reason);
    return JB_TR("Exchange", "\"%1\": The package of %2 was not imported; this file is unchanged. %3")
        .arg(m_file)
        .arg(who)
        .arg(reason);
}

Status Importer::exec(QSqlQuery& q, const char* what)
{
    if (!q.exec())
        return Status::failure(describeSqlError(q, QLatin1String(what)));
    return {};
}

Status Importer::checkOrganisation()
{
    OrganisationRepository orgs(m_db);
    const auto home = orgs.home();
    if (!home)
        return Status::failure(home.message());
    m_plan.home = *home;
    const auto child = orgs.byCode(m_pkg.orgCode);
    QSqlQuery below(m_db);
    below.prepare(
        QStringLiteral("SELECT 1 FROM organisation_tree WHERE ancestor_id = ? AND org_id = ? AND org_id <> ?"));
    below.addBindValue(home->id);
    below.addBindValue(child ? child->id : -1);
    below.addBindValue(home->id);
    if (Status s = exec(below, "organisation tree"); !s)
        return s;
    if (!child || !below.next())
        return Status::failure(
            refuse(JB_TR("Exchange", "%1 (%2) is not below this file's organisation %3 (%4). Check the file: %4's file "
                                     "imports the packages of the organisations below %4.")
                       .arg(m_pkg.orgName)
                       .arg(m_pkg.orgCode)
                       .arg(home->name)
                       .arg(home->code)));
    m_plan.child = *child;
    m_plan.orgIds.insert(child->code, child->id);
    return {};
}

Status Importer::checkPeriod()
{
    const Period& sent = m_pkg.main().period;
    const auto mine = PeriodRepository(m_db).find(sent.name);
    if (!mine || mine->name != sent.name)
        return Status::failure(refuse(JB_TR("Exchange", "This file has no period \"%1\" (%2). Add the phase with the "
                                                        "same name and dates on the Targets page, then import again.")
                                          .arg(sent.name)
                                          .arg(range(sent))));
    if (mine->start != sent.start || mine->end != sent.end || mine->kind != sent.kind)
        return Status::failure(refuse(JB_TR("Exchange", "Period \"%1\" has other dates here: %2 in this file, %3 in "
                                                        "the package. Agree on the period's dates, then export again.")
                                          .arg(sent.name)
                                          .arg(range(*mine))
                                          .arg(range(sent))));
    m_plan.period = *mine;
    return {};
}

Status Importer::checkPrevious()
{
    if (m_plan.period.id == 0)
        return {};
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, sha256, created_at, content_json FROM received_packages WHERE child_org_id = ? "
                       "AND period_id = ? AND superseded_by IS NULL ORDER BY id DESC LIMIT 1"));
    q.addBindValue(m_plan.child.id);
    q.addBindValue(m_plan.period.id);
    if (Status s = exec(q, "received packages"); !s)
        return s;
    if (!q.next())
        return {};
    m_plan.oldPackageId = q.value(0).toLongLong();
    m_plan.oldCreatedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    if (q.value(1).toString() == m_pkg.sha256) {
        m_unchanged = true;
        return {};
    }
    if (m_plan.oldCreatedAt.isValid() && m_pkg.createdAt <= m_plan.oldCreatedAt)
        return Status::failure(
            refuse(JB_TR("Exchange", "This file already has its package for \"%1\" exported at %2, not older than this "
                                     "one (exported at %3). For a correction, ask for a newly exported package.")
                       .arg(m_plan.period.name)
                       .arg(stamp(m_plan.oldCreatedAt))
                       .arg(stamp(m_pkg.createdAt))));
    m_plan.oldJson = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    return {};
}

Status Importer::checkUnits()
{
    QSet<QString> seen{m_plan.child.code};
    OrganisationRepository orgs(m_db);
    for (const PackageSection& section : m_pkg.sections)
        for (const UnitFigures& unit : section.units) {
            if (seen.contains(unit.code))
                continue;
            seen.insert(unit.code);
            const auto existing = orgs.byCode(unit.code);
            if (existing && existing->parentId != m_plan.child.id)
                return Status::failure(
                    refuse(JB_TR("Exchange",
                                 "Its sub-unit %1 (%2) belongs to another parent in this file. Check the unit codes.")
                               .arg(unit.name)
                               .arg(unit.code)));
            if (existing) {
                m_plan.orgIds.insert(unit.code, existing->id);
                continue;
            }
            NewUnit n{unit.code, unit.name, orgKindFromKey(unit.kind).value_or(OrgKind::Other)};
            m_plan.newUnits << n;
        }
    return {};
}

Status Importer::loadKeyGroups()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT code, id FROM reference_items WHERE list = 'key_group'"));
    if (Status s = exec(q, "key groups"); !s)
        return s;
    while (q.next())
        m_plan.keyGroupIds.insert(q.value(0).toString(), q.value(1).toLongLong());
    QSet<QString> unknown;
    for (const PackageSection& section : m_pkg.sections)
        for (const UnitFigures& unit : section.units)
            for (auto it = unit.keyGroups.begin(); it != unit.keyGroups.end(); ++it)
                if (!m_plan.keyGroupIds.contains(it.key()))
                    unknown.insert(it.key());
    for (const QString& code : std::as_const(unknown))
        m_plan.notes << JB_TR("Exchange",
                              "This file has no key group \"%1\": its figures are kept in the package only.")
                            .arg(code);
    return {};
}

Status Importer::check()
{
    for (auto step : {&Importer::checkOrganisation, &Importer::checkPeriod, &Importer::checkPrevious})
        if (Status s = (this->*step)(); !s)
            return s;
    if (m_unchanged)
        return {};
    if (Status s = checkUnits(); !s)
        return s;
    return loadKeyGroups();
}

Status Importer::writeSections(qint64 packageId)
{
    QSqlQuery section(m_db), figure(m_db);
    section.prepare(QStringLiteral("INSERT INTO received_sections (package_id, child_org_id, period_name, starts_on, "
                                   "ends_on, as_of, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    figure.prepare(QStringLiteral("INSERT INTO received_figures (section_id, org_id, key_group_id, metric, value) "
                                  "VALUES (?, ?, ?, ?, ?)"));
    auto add = [&](qint64 sectionId, qint64 orgId, qint64 groupId, const QHash<QString, qint64>& values) -> Status {
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (it.value() == 0)
                continue;
            figure.addBindValue(sectionId);
            figure.addBindValue(orgId);
            figure.addBindValue(groupId);
            figure.addBindValue(it.key());
            figure.addBindValue(it.value());
            if (Status s = exec(figure, "received figures"); !s)
                return s;
        }
        return {};
    };
    for (const PackageSection& s : m_pkg.sections) {
        section.addBindValue(packageId);
        section.addBindValue(m_plan.child.id);
        section.addBindValue(s.period.name);
        section.addBindValue(s.period.start.toString(Qt::ISODate));
        section.addBindValue(s.period.end.toString(Qt::ISODate));
        section.addBindValue(s.asOf.toString(Qt::ISODate));
        section.addBindValue(stamp(m_pkg.createdAt));
        if (Status st = exec(section, "received sections"); !st)
            return st;
        const qint64 sectionId = section.lastInsertId().toLongLong();
        for (const UnitFigures& unit : s.units) {
            const qint64 orgId = m_plan.orgIds.value(unit.code);
            if (Status st = add(sectionId, orgId, 0, unit.totals); !st)
                return st;
            for (auto it = unit.keyGroups.begin(); it != unit.keyGroups.end(); ++it)
                if (const qint64 g = m_plan.keyGroupIds.value(it.key()); g != 0)
                    if (Status st = add(sectionId, orgId, g, it.value()); !st)
                        return st;
        }
    }
    return {};
}

Status Importer::writeFairs(qint64 packageId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO received_fairs (package_id, org_id, organiser_level, name, held_on, mode, "
                             "enterprises_count, jobs_offered, attendees, intentions, contracts) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const PackageFair& f : m_pkg.fairs) {
        q.addBindValue(packageId);
        q.addBindValue(m_plan.orgIds.value(f.orgCode, m_plan.child.id));
        q.addBindValue(f.organiserLevel);
        q.addBindValue(f.name);
        q.addBindValue(f.heldOn.toString(Qt::ISODate));
        q.addBindValue(f.mode);
        for (qint64 v : {f.enterprises, f.jobsOffered, f.attendees, f.intentions, f.contracts})
            q.addBindValue(v);
        if (Status s = exec(q, "received fairs"); !s)
            return s;
    }
    return {};
}

Status Importer::write(ImportOutcome& outcome)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (m_plan.period.id == 0) { // a year or month the file had not stored yet
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO periods (kind, name, label, starts_on, ends_on) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(periodKindKey(m_plan.period.kind));
        q.addBindValue(m_plan.period.name);
        q.addBindValue(m_plan.period.label);
        q.addBindValue(m_plan.period.start.toString(Qt::ISODate));
        q.addBindValue(m_plan.period.end.toString(Qt::ISODate));
        if (Status s = exec(q, "periods"); !s)
            return s;
        m_plan.period.id = q.lastInsertId().toLongLong();
    }
    QSqlQuery unit(m_db);
    unit.prepare(
        QStringLiteral("INSERT INTO organisations (code, name, kind, parent_id, created_at) VALUES (?, ?, ?, ?, ?)"));
    for (const NewUnit& n : std::as_const(m_plan.newUnits)) {
        unit.addBindValue(n.code);
        unit.addBindValue(n.name);
        unit.addBindValue(orgKindKey(n.kind));
        unit.addBindValue(m_plan.child.id);
        unit.addBindValue(now);
        if (Status s = exec(unit, "organisations"); !s)
            return s;
        m_plan.orgIds.insert(n.code, unit.lastInsertId().toLongLong());
    }
    QSqlQuery package(m_db);
    package.prepare(QStringLiteral("INSERT INTO received_packages (child_org_id, period_id, format_version, sha256, "
                                   "created_at, imported_at, content_json) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    package.addBindValue(m_plan.child.id);
    package.addBindValue(m_plan.period.id);
    package.addBindValue(m_pkg.formatVersion);
    package.addBindValue(m_pkg.sha256);
    package.addBindValue(stamp(m_pkg.createdAt));
    package.addBindValue(now);
    package.addBindValue(QString::fromUtf8(QJsonDocument(m_pkg.json).toJson(QJsonDocument::Compact)));
    if (Status s = exec(package, "received packages"); !s)
        return s;
    outcome.packageId = package.lastInsertId().toLongLong();
    if (m_plan.oldPackageId != 0) {
        // The old package stays (its content_json is the record of what was received); its rows go.
        for (const char* sql : {"UPDATE received_packages SET superseded_by = :new WHERE id = :old",
                                "DELETE FROM received_figures WHERE section_id IN "
                                "(SELECT id FROM received_sections WHERE package_id = :old)",
                                "DELETE FROM received_sections WHERE package_id = :old",
                                "DELETE FROM received_fairs WHERE package_id = :old"}) {
            QSqlQuery q(m_db);
            q.prepare(QString::fromLatin1(sql));
            if (QString::fromLatin1(sql).contains(QLatin1String(":new")))
                q.bindValue(QStringLiteral(":new"), outcome.packageId);
            q.bindValue(QStringLiteral(":old"), m_plan.oldPackageId);
            if (Status s = exec(q, "superseded package"); !s)
                return s;
        }
    }
    if (Status s = writeSections(outcome.packageId); !s)
        return s;
    if (Status s = writeFairs(outcome.packageId); !s)
        return s;
    return appendAudit(
        m_db,
        {QStringLiteral("import_package"), QStringLiteral("received_packages"), outcome.packageId, m_plan.period.name,
         m_plan.oldPackageId ? QVariant(QString::number(m_plan.oldPackageId)) : QVariant(), m_pkg.sha256,
         QStringLiteral("%1 %2 %3; %4").arg(m_plan.child.code, m_plan.child.name, stamp(m_pkg.createdAt), m_file)});
}

QVector<FigureChange> Importer::diff() const
{
    QVector<FigureChange> out;
    const auto old = parsePackage(QJsonDocument(m_plan.oldJson).toJson(QJsonDocument::Compact));
    if (!old)
        return out;
    for (const PackageSection& now : m_pkg.sections) {
        const auto before = std::find_if(old->sections.begin(), old->sections.end(),
                                         [&](const PackageSection& s) { return s.period.name == now.period.name; });
        QHash<QString, const UnitFigures*> oldUnits;
        if (before != old->sections.end())
            for (const UnitFigures& u : before->units)
                oldUnits.insert(u.code, &u);
        for (const UnitFigures& unit : now.units) {
            const UnitFigures* was = oldUnits.value(unit.code);
            auto compare = [&](const QString& group, const QHash<QString, qint64>& a, const QHash<QString, qint64>& b) {
                QStringList keys = a.keys() + b.keys();
                keys.removeDuplicates();
                keys.sort();
                for (const QString& k : std::as_const(keys))
                    if (a.value(k) != b.value(k))
                        out << FigureChange{now.period.name, unit.code, unit.name, group, k, a.value(k), b.value(k)};
            };
            compare({}, was ? was->totals : QHash<QString, qint64>{}, unit.totals);
            QStringList groups = unit.keyGroups.keys();
            if (was)
                groups += was->keyGroups.keys();
            groups.removeDuplicates();
            groups.sort();
            for (const QString& g : std::as_const(groups))
                compare(g, was ? was->keyGroups.value(g) : QHash<QString, qint64>{}, unit.keyGroups.value(g));
        }
    }
    return out;
}

Result Importer::run()
{
    if (Status s = check(); !s)
        return Result::failure(s.message());
    ImportOutcome outcome;
    outcome.childCode = m_plan.child.code;
    outcome.childName = m_plan.child.name;
    outcome.period = m_pkg.main().period.name;
    outcome.createdAt = m_pkg.createdAt;
    outcome.notes = m_plan.notes;
    if (m_unchanged) {
        outcome.kind = ImportOutcome::Kind::Unchanged;
        outcome.packageId = m_plan.oldPackageId;
        return outcome;
    }
    Transaction tx(m_db);
    if (!tx.started())
        return Result::failure(tx.message());
    if (Status s = write(outcome); !s)
        return Result::failure(refuse(JB_TR("Exchange", "Writing failed: %1").arg(s.message())));
    if (Status s = tx.commit(); !s)
        return Result::failure(s.message());
    outcome.subUnitsCreated = static_cast<int>(m_plan.newUnits.size());
    if (m_plan.oldPackageId != 0) {
        outcome.kind = ImportOutcome::Kind::Replaced;
        outcome.replacedCreatedAt = m_plan.oldCreatedAt;
        outcome.changes = diff();
    }
    return outcome;
}

} // namespace

Expected<ImportOutcome> importPackage(QSqlDatabase db, const Package& package, const QString& fileName)
{
    return Importer(std::move(db), package, fileName).run();
}

QVector<FileImport> importPackageFiles(QSqlDatabase db, const QStringList& paths)
{
    QVector<FileImport> results;
    QVector<std::pair<QString, Package>> ready;
    QVector<int> readyIndex;
    for (const QString& path : paths) {
        results << FileImport{path, std::nullopt, {}};
        auto package = readPackageFile(path);
        if (package) {
            ready.append({path, std::move(*package)});
            readyIndex << static_cast<int>(results.size() - 1);
        } else {
            results.last().error = package.message();
        }
    }
    const QVector<FileImport> imported = importPackages(std::move(db), ready);
    for (int i = 0; i < imported.size(); ++i)
        results[readyIndex.at(i)] = imported.at(i);
    return results;
}

QVector<FileImport> importPackages(QSqlDatabase db, const QVector<std::pair<QString, Package>>& packages)
{
    QVector<FileImport> results;
    QVector<int> order;
    for (int i = 0; i < packages.size(); ++i) {
        results << FileImport{packages.at(i).first, std::nullopt, {}};
        order << i;
    }
    std::stable_sort(order.begin(), order.end(), [&packages](int a, int b) {
        return packages.at(a).second.createdAt < packages.at(b).second.createdAt;
    });
    for (int i : std::as_const(order)) {
        const auto& [path, package] = packages.at(i);
        auto outcome = importPackage(db, package, QFileInfo(path).fileName());
        if (outcome)
            results[i].outcome = *outcome;
        else
            results[i].error = outcome.message();
    }
    return results;
}

QStringList describeOutcome(const ImportOutcome& o)
{
    QStringList lines;
    const QString who = QStringLiteral("%1 %2 · %3").arg(o.childCode, o.childName, o.period);
    switch (o.kind) {
    case ImportOutcome::Kind::Added:
        lines << JB_TR("Exchange", "imported: %1 (exported %2)").arg(who).arg(stamp(o.createdAt)).text();
        break;
    case ImportOutcome::Kind::Replaced:
        lines << JB_TR("Exchange", "replaced: %1 (%2 → %3), %4 figures changed")
                     .arg(who)
                     .arg(stamp(o.replacedCreatedAt))
                     .arg(stamp(o.createdAt))
                     .arg(static_cast<qint64>(o.changes.size()))
                     .text();
        break;
    case ImportOutcome::Kind::Unchanged:
        lines << JB_TR("Exchange", "already imported, nothing changed: %1").arg(who).text();
        break;
    }
    const QString indent = QStringLiteral("  ");
    if (o.subUnitsCreated > 0)
        lines << indent + JB_TR("Exchange", "%1 sub-units added").arg(o.subUnitsCreated).text();
    for (const FigureChange& c : o.changes)
        lines << QStringLiteral("  %1 %2 %3%4 %5: %6 → %7")
                     .arg(c.period, c.orgCode, c.orgName,
                          c.keyGroup.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(c.keyGroup), c.metric)
                     .arg(c.before)
                     .arg(c.after);
    for (const Message& n : o.notes)
        lines << indent + n.text();
    return lines;
}

} // namespace jb::core::exchange
