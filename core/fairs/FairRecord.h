#pragma once
// The fair record itself: check, add, edit, remove (only an empty fair: the undo of an add) and move its status.
// Each operation is one transaction with its audit rows; a refusal is a Message (context Fairs) and writes nothing.
// "Today" is the clock's (core/domain/Clock.h) unless a caller passes a day.

#include "core/Expected.h"
#include "core/domain/Clock.h"
#include "core/fairs/Fair.h"

#include <QSqlDatabase>

namespace jb::core {

// Every problem with `details`, field by field, as the dialog shows them while the officer types: the name (required,
// at most 100 characters), the first day (required), the last day (not before the first), the organiser (an
// organisation of the file), the kind (one of fairKindCodes(), and still in the reference list), the key groups
// (reference ids of the key_group list) and the reported figures (0 … 10,000,000; contracts not above intentions).
QVector<FairIssue> checkFair(QSqlDatabase db, const FairDetails& details);

// Adds a fair; status planned when its first day is after `today`, else held. Returns the new id.
Expected<qint64> addFair(QSqlDatabase db, const FairDetails& details, QDate today = Clock::today());
// Replaces the details of a fair (checked as checkFair). A planned fair moved into the past stays planned until
// its status is changed; a held or closed fair cannot move to a day after `today`.
Status editFair(QSqlDatabase db, qint64 fairId, const FairDetails& details, QDate today = Clock::today());
// Removes a fair that has no enterprises, posts, people or referrals (what undoing its addition needs).
Status removeFair(QSqlDatabase db, qint64 fairId);
// planned → held (once its first day has come) → closed, one step at a time; and one step back (undo, or a
// fair reopened to add late figures). Returns the status it had.
Expected<FairStatus> setFairStatus(QSqlDatabase db, qint64 fairId, FairStatus to, QDate today = Clock::today());

Expected<Fair> loadFair(QSqlDatabase db, qint64 fairId);

} // namespace jb::core
