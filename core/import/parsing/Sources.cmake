# Mapping and row parsing: header wordings → fields, cells → typed records.
list(APPEND JB_CORE_SOURCES
    import/ImportTypes.h import/ImportTypes.cpp
    import/ImportRecords.h
    import/FieldCatalog.h import/FieldCatalog.cpp
    import/ColumnMapping.h import/ColumnMapping.cpp
    import/ReferenceLookup.h import/ReferenceLookup.cpp
    import/ValueParsers.h import/ValueParsers.cpp import/PlainCells.cpp
    import/RowParser.h import/RowParser.cpp import/RowParserSupport.h
    import/RowParserWorkers.cpp import/RowParserVacancies.cpp
    import/ImportProfileRepository.h import/ImportProfileRepository.cpp)
