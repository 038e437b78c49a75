// Forms that explain themselves, offscreen in English: a count typed with its unit ("5人") is accepted as the
// targets page and the import accept it; a line under the form names what is missing or wrong as the officer types
// (not only the grey OK's tooltip) and is never cut off; the worker editor fits a 1366×768 screen with a taskbar,
// its fields scrolling and its buttons staying on screen; and every button on every page and dialog has an Alt
// letter no other button in its window shares, and no choice in a dialog shows a stored code.

#include "core/records/ServiceKinds.h"
#include "core/storage/Database.h"
#include "ui/CatchQt.h"
#include "ui/MainWindow.h"
#include "ui/NewFileDialog.h"
#include "ui/Page.h"
#include "ui/StartPanel.h"
#include "ui/UiFixture.h"
#include "ui/editing/EnterpriseEditDialog.h"
#include "ui/editing/FormLayout.h"
#include "ui/editing/VacancyEditDialog.h"
#include "ui/editing/WorkerEditDialog.h"
#include "ui/enterprises/DemandSnapshotDialog.h"
#include "ui/enterprises/FlagDialog.h"
#include "ui/exchange/ExportPackageDialog.h"
#include "ui/exchange/ImportPackagesDialog.h"
#include "ui/fairs/FairEditDialog.h"
#include "ui/fairs/FairOutcomeDialog.h"
#include "ui/services/ServiceDialog.h"
#include "ui/targets/AddPhaseDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <functional>

using jb::test::child;
using jb::test::UiFixture;
using jb::ui::MainWindow;

namespace {

struct Window
{
    UiFixture fx;
    std::unique_ptr<MainWindow> window;

    Window()
    {
        const QString path = fx.createFile(QStringLiteral("forms.jobbridge"));
        window = std::make_unique<MainWindow>(fx.settings());
        window->setModalDialogsEnabled(false);
        window->resize(1366, 768);
        window->show();
        REQUIRE(window->openFile(path));
    }
    jb::core::Database& db() const { return *window->database(); }
    qint64 first(const char* table) const
    {
        QSqlQuery q(db().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT min(id) FROM %1").arg(QLatin1String(table))));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

QPushButton* okButton(QWidget* dialog)
{
    return child<QDialogButtonBox>(dialog)->button(QDialogButtonBox::Ok);
}

// Replaces the text of a line edit the way typing does (textEdited is emitted).
void type(QWidget* dialog, const char* objectName, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, QLatin1String(objectName));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, text, Qt::NoModifier);
}

// Lays out what a change showed, as the event loop would before the next paint.
void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QApplication::processEvents();
}

// A label shows all its lines: it has at least the height its wrapped text needs.
bool uncut(const QLabel* label)
{
    return label->isVisible() && label->height() >= label->heightForWidth(label->width());
}

// Every button in `scope` with text (and passing `keep`), by its Alt letter; a button without one is listed under an
// empty key.
QHash<QString, QStringList> buttonsByMnemonic(const QWidget* scope,
                                              const std::function<bool(const QAbstractButton*)>& keep = {})
{
    QHash<QString, QStringList> byKey;
    for (const QAbstractButton* button : scope->findChildren<QAbstractButton*>()) {
        if (button->text().isEmpty() || (keep && !keep(button))) // icon-only: a line edit's clear button, tab arrows
            continue;
        byKey[QKeySequence::mnemonic(button->text()).toString()] << button->text();
    }
    return byKey;
}

// A stored code as core keeps them: lower-case letters, digits and underscores ("open", "in_province"). A choice
// whose name is its key, such as a period's "2026-12", is not one.
bool looksLikeCode(const QString& text)
{
    static const QRegularExpression code(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return code.match(text).hasMatch();
}

// No choice in `scope` shows its stored code ("open", "in_province") instead of its name.
void checkNoRawCodes(const QWidget* scope, const QString& name)
{
    INFO("window: " << name.toStdString());
    for (const QComboBox* combo : scope->findChildren<QComboBox*>()) {
        for (int i = 0; i < combo->count(); ++i) {
            const QVariant data = combo->itemData(i);
            INFO(combo->objectName().toStdString() << ": " << combo->itemText(i).toStdString());
            CHECK((data.isNull() || data.toString() != combo->itemText(i) || !looksLikeCode(combo->itemText(i))));
        }
    }
}

void checkMnemonicsOf(const QHash<QString, QStringList>& byKey)
{
    CHECK(byKey.value(QString()) == QStringList()); // every button has an Alt letter
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.key().isEmpty())
            continue;
        INFO(it.key().toStdString() << ": " << it.value().join(QStringLiteral(" | ")).toStdString());
        CHECK(it.value().size() == 1); // and no two share one
    }
}

void checkMnemonics(const QWidget* scope, const QString& name)
{
    INFO("window: " << name.toStdString());
    // Qt gives Alt letters only to widgets on screen: a page's tabs (推荐就业's list, matching, promise, follow-ups)
    // are each checked with what stays beside them, never with each other. What stays beside a tab is what the page
    // still shows while that tab is current (服务 hides its services' filters and buttons beside the projects).
    if (auto* tabs = scope->findChild<QTabWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            INFO("tab: " << tabs->tabText(i).toStdString());
            tabs->setCurrentIndex(i);
            QHash<QString, QStringList> shown = buttonsByMnemonic(scope, [scope, tabs](const QAbstractButton* b) {
                return !tabs->isAncestorOf(b) && b->isVisibleTo(scope);
            });
            for (int t = 0; t < tabs->count(); ++t) // the tab bar's own letters are on screen with every tab
                if (const QString key = QKeySequence::mnemonic(tabs->tabText(t)).toString(); !key.isEmpty())
                    shown[key] << tabs->tabText(t);
            const QHash<QString, QStringList> inTab = buttonsByMnemonic(tabs->widget(i));
            for (auto it = inTab.cbegin(); it != inTab.cend(); ++it)
                shown[it.key()] << it.value();
            checkMnemonicsOf(shown);
        }
        tabs->setCurrentIndex(current);
        return;
    }
    checkMnemonicsOf(buttonsByMnemonic(scope));
}

} // namespace

TEST_CASE("forms: 5人 is a headcount, and the line under the form names what is missing or wrong", "[forms]")
{
    Window w;
    jb::ui::VacancyEditDialog dialog(w.db(), w.first("enterprises"), 0);
    dialog.show();
    settle();
    QPushButton* ok = okButton(&dialog);
    auto* problems = child<QLabel>(&dialog, QStringLiteral("formProblems"));
    // OK is grey, and the line says why before any field is touched: not only in the button's tooltip.
    CHECK_FALSE(ok->isEnabled());
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(QStringLiteral("Headcount")));
    CHECK(problems->text().contains(QStringLiteral("Vacancy title")));

    type(&dialog, "titleEdit", QStringLiteral("数控车工学徒"));
    type(&dialog, "headcountEdit", QStringLiteral("5人"));
    CHECK(child<QLabel>(&dialog, QStringLiteral("headcountMessage"))->isHidden());
    CHECK(ok->isEnabled());
    CHECK(problems->isHidden());

    // Counts are whole: the line and the field say so.
    type(&dialog, "headcountEdit", QStringLiteral("5.5人"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(problems->text().contains(QStringLiteral("not a whole number")));
    type(&dialog, "headcountEdit", QStringLiteral("5 人"));
    CHECK(ok->isEnabled());

    // A wage maximum below the minimum: named under the form and under the field, neither cut off.
    type(&dialog, "wageMinEdit", QStringLiteral("8千"));
    type(&dialog, "wageMaxEdit", QStringLiteral("6000"));
    settle();
    CHECK_FALSE(ok->isEnabled());
    CHECK(problems->text().contains(QStringLiteral("cannot be below the lower bound (8000)")));
    CHECK(uncut(problems));
    auto* message = child<QLabel>(&dialog, QStringLiteral("wage_maxMessage"));
    CHECK(message->text().contains(QStringLiteral("cannot be below the lower bound (8000)")));
    CHECK(uncut(message));
    CHECK(dialog.height() <= 768);

    type(&dialog, "wageMaxEdit", QStringLiteral("1万"));
    REQUIRE(ok->isEnabled());
    const jb::core::RecordChange change = dialog.change();
    REQUIRE(jb::core::applyRecordChange(w.db().connection(), change));
    QSqlQuery stored(w.db().connection());
    REQUIRE(stored.exec(
        QStringLiteral("SELECT headcount, wage_min, wage_max FROM vacancies WHERE title = '数控车工学徒'")));
    REQUIRE(stored.next());
    CHECK(stored.value(0).toLongLong() == 5);
    CHECK(stored.value(1).toLongLong() == 8000);
    CHECK(stored.value(2).toLongLong() == 10000);
}

TEST_CASE("forms: the worker editor fits 1366×768 with a taskbar; its fields scroll, its buttons stay", "[forms]")
{
    Window w;
    jb::ui::WorkerEditDialog dialog(w.db(), 0);
    // The officer's screen less a 40 px taskbar (the offscreen test screen is smaller than that).
    const QRect available(0, 0, 1366, 728);
    jb::ui::FormLayout::fit(&dialog, 1000, available);
    dialog.show();
    settle();
    CHECK(dialog.height() + 40 <= available.height()); // a title bar above it still leaves it on screen
    QPushButton* ok = okButton(&dialog);
    auto* scroll = child<QScrollArea>(&dialog, QStringLiteral("formScroll"));
    CHECK_FALSE(scroll->isAncestorOf(ok));
    CHECK(ok->mapTo(&dialog, QPoint(0, ok->height())).y() <= dialog.height());
    CHECK(child<QLabel>(&dialog, QStringLiteral("formProblems"))->text().contains(QStringLiteral("Name")));

    // The last service need can be reached: scroll to the list, then to its last item.
    auto* needs = child<QListWidget>(&dialog, QStringLiteral("serviceNeedsList"));
    REQUIRE(needs->count() > 0);
    scroll->ensureWidgetVisible(needs);
    QListWidgetItem* last = needs->item(needs->count() - 1);
    needs->scrollToItem(last);
    settle();
    CHECK(needs->viewport()->rect().contains(needs->visualItemRect(last)));
    const QRect inViewport(needs->mapTo(scroll->viewport(), QPoint(0, 0)), needs->size());
    CHECK(scroll->viewport()->rect().contains(inViewport));
}

TEST_CASE("keyboard: every button on every page and dialog has its own Alt letter", "[forms][keyboard]")
{
    Window w;
    const auto* start = w.window->findChild<jb::ui::StartPanel*>();
    REQUIRE(start);
    checkMnemonics(start, QStringLiteral("start panel"));
    for (const jb::ui::Page* page : w.window->pages())
        checkMnemonics(page, page->objectName());

    jb::core::Database& db = w.db();
    const qint64 enterprise = w.first("enterprises");
    const qint64 fair = w.first("job_fairs");
    const std::vector<std::pair<std::unique_ptr<QWidget>, QString>> dialogs = [&] {
        std::vector<std::pair<std::unique_ptr<QWidget>, QString>> list;
        list.emplace_back(std::make_unique<jb::ui::WorkerEditDialog>(db, 0), QStringLiteral("worker"));
        list.emplace_back(std::make_unique<jb::ui::VacancyEditDialog>(db, enterprise, 0), QStringLiteral("vacancy"));
        list.emplace_back(std::make_unique<jb::ui::EnterpriseEditDialog>(db, 0, 0), QStringLiteral("enterprise"));
        list.emplace_back(std::make_unique<jb::ui::FairEditDialog>(db, fair), QStringLiteral("fair"));
        list.emplace_back(std::make_unique<jb::ui::FairOutcomeDialog>(db, fair), QStringLiteral("fair outcome"));
        list.emplace_back(std::make_unique<jb::ui::DemandSnapshotDialog>(db, enterprise, 0), QStringLiteral("visit"));
        list.emplace_back(std::make_unique<jb::ui::FlagDialog>(db, enterprise, 0), QStringLiteral("flag"));
        list.emplace_back(std::make_unique<jb::ui::AddPhaseDialog>(db, 2026), QStringLiteral("phase"));
        list.emplace_back(std::make_unique<jb::ui::ExportPackageDialog>(db), QStringLiteral("package export"));
        list.emplace_back(std::make_unique<jb::ui::ImportPackagesDialog>(db), QStringLiteral("package import"));
        list.emplace_back(std::make_unique<jb::ui::NewFileDialog>(), QStringLiteral("new file"));
        for (const QString& kind : jb::core::serviceKindCodes())
            list.emplace_back(std::make_unique<jb::ui::ServiceDialog>(db, kind, 0, 0),
                              QStringLiteral("service ") + kind);
        return list;
    }();
    for (const auto& [dialog, name] : dialogs) {
        checkMnemonics(dialog.get(), name);
        checkNoRawCodes(dialog.get(), name);
    }
}
