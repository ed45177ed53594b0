// The communications part of the demo board (issue 18): the public site's words and the 2011-12
// publications of annual report 3.1; see demo/NOTES.md.
#pragma once
#include "demo/demo_file.h"

namespace safeboard::publishing {

void LoadDemo(demo::DemoLoad& load);

}  // namespace safeboard::publishing
