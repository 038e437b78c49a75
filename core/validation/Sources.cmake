list(APPEND JB_CORE_SOURCES
    validation/Normalize.h validation/Normalize.cpp
    validation/AreaCodes.h validation/AreaCodes.cpp
    validation/ResidentId.h validation/ResidentId.cpp
    validation/CreditCode.h validation/CreditCode.cpp
    validation/Phone.h validation/Phone.cpp
    validation/ExcelDate.h validation/ExcelDate.cpp)
