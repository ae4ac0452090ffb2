# Shared core pieces (app/core/common).
sd_add_test(test_bounded_xml_reader SOURCES unit/TestBoundedXmlReader.cpp LIBS sd_common LABELS unit;common)
sd_add_test(test_text_encoding SOURCES unit/TestTextEncoding.cpp LIBS sd_common LABELS unit;common)
