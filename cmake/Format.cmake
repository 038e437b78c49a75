# `format` rewrites every C++ file with the project's .clang-format; `format-check` fails on any difference (CI runs
# it). The tool is pinned to Debian 12's clang-format-14, installed by `packaging/install-deps.sh --tests`: another
# major version lays the same code out differently, so "formatted" would depend on whose machine ran it.
find_program(JB_CLANG_FORMAT NAMES clang-format-14)
if(NOT JB_CLANG_FORMAT)
    foreach(target format format-check)
        add_custom_target(${target}
            COMMAND ${CMAKE_COMMAND} -E echo "clang-format-14 is missing: bash packaging/install-deps.sh --tests"
            COMMAND ${CMAKE_COMMAND} -E false VERBATIM)
    endforeach()
    return()
endif()

set(jb_format_dirs app bench core documents screenshots tests ui)
set(jb_format_files)
foreach(dir IN LISTS jb_format_dirs)
    file(GLOB_RECURSE found CONFIGURE_DEPENDS
        "${PROJECT_SOURCE_DIR}/${dir}/*.h" "${PROJECT_SOURCE_DIR}/${dir}/*.cpp")
    list(APPEND jb_format_files ${found})
endforeach()
list(FILTER jb_format_files EXCLUDE REGEX "/tests/data/")

add_custom_target(format
    COMMAND ${JB_CLANG_FORMAT} -i --style=file ${jb_format_files}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Formatting with clang-format-14" VERBATIM)
add_custom_target(format-check
    COMMAND ${JB_CLANG_FORMAT} --dry-run -Werror --style=file ${jb_format_files}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Checking the layout with clang-format-14 (fix with: cmake --build BUILD --target format)" VERBATIM)
