#include "ui/UiFixture.h"

#include "core/organisations/OrganisationFile.h"
#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <stdexcept>

namespace jb::test {

namespace {

// Test data goes in with plain SQL: the UI under test has no way to add records yet, and the point is to have
// numbers that are not zero.
void exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw std::runtime_error("sample data: " + q.lastError().text().toStdString());
}

void addSamples(QSqlDatabase db)
{
    const QString home = QStringLiteral("(SELECT id FROM organisations WHERE is_home = 1)");
    for (const char* name : {"合肥恒信汽车零部件有限公司", "安徽长安物流有限公司", "肥东县宏达服饰厂"})
        exec(db, QStringLiteral("INSERT INTO enterprises (org_id, name, created_at, updated_at) "
                                "VALUES (%1, '%2', '2024-02-01', '2024-02-01')")
                     .arg(home, QString::fromUtf8(name)));
    exec(db, QStringLiteral(
                 "INSERT INTO vacancies (enterprise_id, title, headcount, posted_on, created_at, updated_at) VALUES "
                 "(1, '装配工', 30, '2024-02-01', '2024-02-01', '2024-02-01'),"
                 "(1, '质检员', 5, '2024-02-01', '2024-02-01', '2024-02-01'),"
                 "(2, '叉车司机', 8, '2024-02-03', '2024-02-03', '2024-02-03'),"
                 "(3, '缝纫工', 20, '2024-02-05', '2024-02-05', '2024-02-05')"));
    exec(db, QStringLiteral("INSERT INTO workers (org_id, name, registered_on, created_at, updated_at) VALUES "
                            "(%1, '张三', '2024-02-10', '2024-02-10', '2024-02-10'), "
                            "(%1, '李四', '2024-02-11', '2024-02-11', '2024-02-11')")
                 .arg(home));
    exec(db, QStringLiteral("INSERT INTO worker_key_groups (worker_id, key_group_id) SELECT w.id, r.id FROM workers w, "
                            "reference_items r WHERE r.list = 'key_group' AND r.code = 'migrant_worker'"));
    exec(db, QStringLiteral("INSERT INTO worker_key_groups (worker_id, key_group_id) SELECT 1, id FROM reference_items "
                            "WHERE list = 'key_group' AND code = 'hardship'"));
    exec(db, QStringLiteral("INSERT INTO job_fairs (org_id, organiser_level, name, held_on, form, created_at, "
                            "updated_at) VALUES (%1, 'county', '春风行动招聘会', '2024-02-20', 'offline', "
                            "'2024-02-20', '2024-02-20')")
                 .arg(home));
}

} // namespace

UiFixture::UiFixture() : m_settings(std::make_unique<ui::AppSettings>(m_dir.file(QStringLiteral("settings.ini")))) {}

QString UiFixture::createFile(const QString& name, const QString& homeCode, bool withSamples) const
{
    const QString path = m_dir.file(name);
    auto created = core::createOrganisationFile(path, homeCode);
    if (!created)
        throw std::runtime_error("Database::create: " + created.error().toStdString());
    if (withSamples)
        addSamples((*created)->connection());
    return path;
}

} // namespace jb::test
