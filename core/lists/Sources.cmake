list(APPEND JB_CORE_SOURCES
    lists/WorkerFilter.h
    lists/WorkerSearch.h lists/WorkerSearch.cpp
    lists/WorkerListQuery.h lists/WorkerListQuery.cpp
    lists/WorkerListOrder.h lists/WorkerListOrder.cpp
    lists/WorkerDetail.h lists/WorkerDetail.cpp
    lists/WorkerListExport.h lists/WorkerListExport.cpp
    lists/ListExport.h lists/ListExport.cpp
    lists/ListWindow.h
    lists/RevealValue.h lists/RevealValue.cpp
    lists/EnterpriseFilter.h
    lists/EnterpriseListQuery.h lists/EnterpriseListQuery.cpp
    lists/EnterpriseDetail.h lists/EnterpriseDetail.cpp
    lists/VacancyListQuery.h lists/VacancyListQuery.cpp
    lists/EnterpriseListExport.h lists/EnterpriseListExport.cpp)
