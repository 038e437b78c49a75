# Precompiled headers for the targets with many sources (JB_PCH, off by default; the test and demo commands turn it
# on). Most of a source's compile time is spent parsing the same Qt (and Catch2) headers again; compiled once per
# target they are read from the .pch instead. Measured figures: docs/bad-inputs.md, "Sanitizers".
#
# Off by default so that everyday builds (ccache, clangd) see each file's own includes: a file that forgets one
# would still compile with the precompiled header, and such a file is found by any build without it.
option(JB_PCH "Precompile the common Qt and Catch2 headers of the large targets (faster fresh builds)" OFF)

# What most of core's sources include (counted with grep over core/, tests/ and app/cli).
set(JB_PCH_CORE_HEADERS
    <QByteArray> <QDate> <QDateTime> <QHash> <QSet> <QString> <QStringList> <QVariant> <QVector>
    <QSqlDatabase> <QSqlError> <QSqlQuery>
    <algorithm> <functional> <memory> <optional> <vector>)
# And what the pages and dialogs include besides.
set(JB_PCH_UI_HEADERS
    ${JB_PCH_CORE_HEADERS}
    <QCheckBox> <QComboBox> <QCoreApplication> <QDialog> <QDialogButtonBox> <QFormLayout> <QHBoxLayout>
    <QHeaderView> <QLabel> <QLineEdit> <QLocale> <QPushButton> <QTableView> <QVBoxLayout> <QWidget>)

# jb_precompile(TARGET core|ui [catch]): precompile core's or the UI's common headers, and with `catch` Catch2's
# single header too (the test suites). A target's main, which defines CATCH_CONFIG_RUNNER before including Catch2,
# must be left out of it (jb_precompile_skip).
function(jb_precompile target kind)
    if(NOT JB_PCH)
        return()
    endif()
    if(kind STREQUAL "ui")
        set(headers ${JB_PCH_UI_HEADERS})
    else()
        set(headers ${JB_PCH_CORE_HEADERS})
    endif()
    if("catch" IN_LIST ARGN)
        list(APPEND headers <catch2/catch.hpp>)
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

function(jb_precompile_skip)
    if(JB_PCH)
        set_source_files_properties(${ARGN} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
endfunction()
