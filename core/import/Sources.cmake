list(APPEND JB_CORE_SOURCES
    import/TextDecoding.h import/TextDecoding.cpp
    import/HeaderDetection.h import/HeaderDetection.cpp
    import/CsvReader.h import/CsvReader.cpp)
