// The New dialog: choosing the home organisation from the division tree, with search by name or code.

#include "ui/CatchQt.h"
#include "ui/NewFileDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using jb::test::child;
using jb::ui::NewFileDialog;

namespace {

// Codes of every row the tree currently shows (collapsed rows included).
QStringList visibleCodes(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    QStringList codes;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, NewFileDialog::NameColumn, parent);
        codes << index.data(NewFileDialog::kCodeRole).toString();
        codes << visibleCodes(model, index);
    }
    return codes;
}

// Chinese is typed through an input method: deliver the committed text as one would.
void typeChinese(QWidget* widget, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

QPushButton* okButton(const NewFileDialog& dialog)
{
    return child<QDialogButtonBox>(&dialog)->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("The New dialog lists every province and Anhui's divisions", "[newfile]")
{
    NewFileDialog dialog;
    const QStringList codes = visibleCodes(*dialog.filteredModel());
    CHECK(codes.size() > 3000);
    CHECK(codes.contains(QStringLiteral("110000")));
    CHECK(codes.contains(QStringLiteral("340000")));
    CHECK(codes.contains(QStringLiteral("340100")));
    CHECK(codes.contains(QStringLiteral("340122")));
    CHECK(dialog.selectedCode().isEmpty());
    CHECK_FALSE(okButton(dialog)->isEnabled());
}

TEST_CASE("Typing in the search box filters the division tree", "[newfile]")
{
    NewFileDialog dialog;
    dialog.show();
    auto* search = child<QLineEdit>(&dialog, QStringLiteral("divisionSearch"));
    search->setFocus();

    SECTION("by name")
    {
        typeChinese(search, QStringLiteral("肥东"));
        CHECK(search->text() == QStringLiteral("肥东"));
        const QStringList codes = visibleCodes(*dialog.filteredModel());
        CHECK(codes.contains(QStringLiteral("340122")));
        // Its ancestors stay to show where it is; its neighbours go.
        CHECK(codes.contains(QStringLiteral("340100")));
        CHECK(codes.contains(QStringLiteral("340000")));
        CHECK_FALSE(codes.contains(QStringLiteral("340102")));
        CHECK_FALSE(codes.contains(QStringLiteral("110000")));
        CHECK(codes.size() == 3);
    }
    SECTION("by code")
    {
        QTest::keyClicks(search, QStringLiteral("340122"));
        const QStringList codes = visibleCodes(*dialog.filteredModel());
        CHECK(codes.contains(QStringLiteral("340122")));
        CHECK_FALSE(codes.contains(QStringLiteral("340123")));
        CHECK(codes.size() == 3);
    }
    SECTION("a city keeps its counties")
    {
        typeChinese(search, QStringLiteral("合肥市"));
        const QStringList codes = visibleCodes(*dialog.filteredModel());
        CHECK(codes.contains(QStringLiteral("340100")));
        CHECK(codes.contains(QStringLiteral("340122")));
        CHECK(codes.contains(QStringLiteral("340181")));
        CHECK_FALSE(codes.contains(QStringLiteral("340200")));
    }
    SECTION("clearing the search shows everything again")
    {
        typeChinese(search, QStringLiteral("肥东"));
        search->clear();
        CHECK(visibleCodes(*dialog.filteredModel()).size() > 3000);
    }
}

TEST_CASE("Clicking a division chooses it and enables Next", "[newfile]")
{
    NewFileDialog dialog;
    dialog.show();
    auto* search = child<QLineEdit>(&dialog, QStringLiteral("divisionSearch"));
    auto* tree = child<QTreeView>(&dialog, QStringLiteral("divisionTree"));
    typeChinese(search, QStringLiteral("肥东"));

    const QAbstractItemModel& model = *dialog.filteredModel();
    const QModelIndex province = model.index(0, 0);
    const QModelIndex city = model.index(0, 0, province);
    const QModelIndex county = model.index(0, 0, city);
    REQUIRE(county.data(NewFileDialog::kCodeRole).toString() == QStringLiteral("340122"));
    tree->scrollTo(county);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(county).center());

    CHECK(dialog.selectedCode() == QStringLiteral("340122"));
    CHECK(dialog.selectedName() == QStringLiteral("肥东县"));
    CHECK(okButton(dialog)->isEnabled());
    CHECK(child<QLabel>(&dialog, QStringLiteral("chosenDivision"))
              ->text()
              .contains(QStringLiteral("安徽省合肥市肥东县")));

    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
}
