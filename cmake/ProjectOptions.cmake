# One INTERFACE target carries the language standard, warnings, Qt defines and sanitizer flags.
# Every target in the project links it PRIVATE, so the rules are stated once.
add_library(jb_project_options INTERFACE)
target_compile_features(jb_project_options INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)

if(MSVC)
    # /utf-8: the sources are UTF-8 without a BOM and hold Chinese literals; MSVC would read them as the ANSI code page.
    target_compile_options(jb_project_options INTERFACE /utf-8 /permissive- /W4 /Zc:__cplusplus)
    if(JB_WARNINGS_AS_ERRORS)
        target_compile_options(jb_project_options INTERFACE /WX)
    endif()
else()
    # GCC and Clang share these; each adds the ones only it knows below.
    target_compile_options(jb_project_options INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wshadow -Wformat=2 -Wimplicit-fallthrough)
    if(JB_WARNINGS_AS_ERRORS)
        target_compile_options(jb_project_options INTERFACE -Werror)
    endif()
endif()

target_compile_definitions(jb_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060000)

if(JB_SANITIZE)
    if(MSVC)
        target_compile_options(jb_project_options INTERFACE /fsanitize=address)
    else()
        target_compile_options(jb_project_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        # -no-pie: the sanitizers' data for each checked line makes ~70 MB of pointers in a test binary. In a
        # position-independent executable every one is relocated at each start, faulting in every page of it (the
        # suite starts a process per test case; a page fault is dear on the VMs CI runs on). Linked at a fixed
        # address they need no relocation and only the pages a run touches are read. The code stays -fPIC, which
        # Qt requires; only where the executable itself loads changes.
        target_link_options(jb_project_options INTERFACE -fsanitize=address,undefined -no-pie)
    endif()
endif()
