#pragma once
// RAII transaction: everything between construction and commit() lands together or not at all.
// Destroying an uncommitted Transaction rolls back, so an early return or exception leaves nothing half-written.
// Opened while the connection is already in a transaction, it becomes a savepoint of that transaction.

#include "core/Expected.h"

#include <QSqlDatabase>

namespace jb::core {

class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool started() const { return m_started; }
    QString error() const { return m_error.text(); }
    const Message& message() const { return m_error; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_started = false;
    bool m_nested = false; // a savepoint inside a transaction already open on the connection
    bool m_done = false;
    Message m_error;
};

} // namespace jb::core
