#include "core/storage/Transaction.h"

#include "core/storage/SqlError.h"

#include <QSqlError>

namespace jb::core {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_started = m_db.transaction();
    if (!m_started)
        m_error = describeSqlError(m_db.lastError(), QStringLiteral("BEGIN"));
}

Transaction::~Transaction()
{
    if (m_started && !m_done)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_started)
        return Status::failure(m_error);
    m_done = true;
    if (!m_db.commit()) {
        const QString message = describeSqlError(m_db.lastError(), QStringLiteral("COMMIT"));
        m_db.rollback();
        return Status::failure(message);
    }
    return {};
}

} // namespace jb::core
