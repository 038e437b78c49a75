#include "core/storage/Transaction.h"

#include "core/storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace jb::core {

namespace {

bool execSql(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql);
}

} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_started = m_db.transaction();
    if (!m_started) {
        // Inside another transaction (one repository calling another): a savepoint, so this part still lands or
        // rolls back as a whole, and the outer transaction decides about the rest.
        m_nested = execSql(m_db, QStringLiteral("SAVEPOINT jb_nested"));
        m_started = m_nested;
    }
    if (!m_started)
        m_error = describeSqlError(m_db.lastError(), QStringLiteral("BEGIN"));
}

Transaction::~Transaction()
{
    if (!m_started || m_done)
        return;
    if (m_nested) {
        execSql(m_db, QStringLiteral("ROLLBACK TO jb_nested"));
        execSql(m_db, QStringLiteral("RELEASE jb_nested"));
    } else {
        m_db.rollback();
    }
}

Status Transaction::commit()
{
    if (!m_started)
        return Status::failure(m_error);
    m_done = true;
    if (m_nested) {
        if (!execSql(m_db, QStringLiteral("RELEASE jb_nested")))
            return Status::failure(describeSqlError(m_db.lastError(), QStringLiteral("RELEASE")));
        return {};
    }
    if (!m_db.commit()) {
        const Message message = describeSqlError(m_db.lastError(), QStringLiteral("COMMIT"));
        m_db.rollback();
        return Status::failure(message);
    }
    return {};
}

} // namespace jb::core
