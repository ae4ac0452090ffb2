# "Make compliant" (app/core/fix): planner on facts (fast), engine on real media (transcodes: heavy), CLI `fix`.
sd_add_test(test_fix_planner SOURCES unit/TestFixPlanner.cpp LIBS submitdesk-core LABELS unit;fix)
sd_add_test(test_fix_engine SOURCES unit/TestFixEngine.cpp unit/FixFixture.h unit/FixFixture.cpp
            LIBS submitdesk-core LABELS unit;fix;heavy TIMEOUT 900)
sd_add_test(test_fix_cli SOURCES unit/TestFixCli.cpp unit/FixFixture.h unit/FixFixture.cpp
            LIBS submitdesk-core LABELS unit;fix;cli;heavy TIMEOUT 600)
sd_add_test(test_media_replacement SOURCES unit/TestMediaReplacement.cpp LIBS submitdesk-core LABELS unit;fix;workspace;cli)
sd_add_test(test_fix_queue SOURCES unit/TestFixQueue.cpp unit/FixFixture.h unit/FixFixture.cpp LIBS submitdesk-core LABELS unit;fix;heavy TIMEOUT 600)
sd_add_test(test_fix_main_window SOURCES unit/TestFixMainWindow.cpp LIBS submitdesk-gui LABELS gui;fix;heavy TIMEOUT 300)
