// The procedures part of the demo board (issue 18): the register as annual report 2.6 describes
// it at 31 March 2012; see demo/NOTES.md for what is quoted and what is invented.
#pragma once
#include "demo/demo_file.h"

namespace safeboard::procedures {

void LoadDemo(demo::DemoLoad& load);

}  // namespace safeboard::procedures
