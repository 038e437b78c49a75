list(APPEND JB_CORE_SOURCES
    lists/WorkerFilter.h
    lists/WorkerSearch.h lists/WorkerSearch.cpp
    lists/WorkerListQuery.h lists/WorkerListQuery.cpp
    lists/WorkerDetail.h lists/WorkerDetail.cpp
    lists/WorkerListExport.h lists/WorkerListExport.cpp)
