# Metadata rules (SPEC.md §3), validators, draft creation and the field writer.
foreach(cls TextRule DateRule IntegerRule EnumRule ListRule ListValue UrlRule ImageRule XmlRule CategoryRule
            CatalogXml FieldValidator ResourceValidator BatchValidator DraftCreator FieldWriter)
  string(REGEX REPLACE "([a-z])([A-Z])" "\\1_\\2" snake ${cls})
  string(TOLOWER ${snake} snake)
  sd_add_test(test_${snake} SOURCES unit/Test${cls}.cpp unit/MetadataFixture.h LIBS submitdesk-core LABELS unit;metadata)
endforeach()
sd_add_test(test_batch_validation_job SOURCES unit/TestBatchValidationJob.cpp LIBS submitdesk-core LABELS unit;metadata)
