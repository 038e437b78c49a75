list(APPEND JB_CORE_SOURCES
    exchange/PackageFormat.h exchange/PackageFormat.cpp
    exchange/PackageExport.h exchange/PackageExport.cpp
    exchange/PackageImport.h exchange/PackageImport.cpp
    exchange/ReceivedFigures.h exchange/ReceivedFigures.cpp)
