# Writing: upsert, batches, undo, error files, the import job.
list(APPEND JB_CORE_SOURCES
    import/ImportJob.h import/ImportJob.cpp
    import/ImportBatchRepository.h import/ImportBatchRepository.cpp
    import/ImportPipeline.h import/ImportPipeline.cpp
    import/ImportWriter.h import/ImportWriter.cpp import/ImportWriteContext.h
    import/BulkLoad.h import/BulkLoad.cpp import/SearchTokens.h import/SearchTokens.cpp
    import/ImportColumns.h import/ImportColumns.cpp import/Fingerprint.h
    import/WorkerUpsert.h import/WorkerUpsert.cpp import/WorkerRow.h import/WorkerRow.cpp
    import/VacancyUpsert.h import/VacancyUpsert.cpp
    import/ErrorFileWriter.h import/ErrorFileWriter.cpp
    import/SqliteConnection.h import/SqliteConnection.cpp)
