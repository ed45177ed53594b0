// The assurance part of the demo board (issue 16); see demo/demo_file.h and demo/NOTES.md.
#pragma once
#include "demo/demo_file.h"

namespace safeboard::assurance {

void LoadDemo(demo::DemoLoad& load);
// The Section 11 templates and rounds (section11_demo.cc); LoadDemo calls it.
void LoadSection11Demo(demo::DemoLoad& load);
// The case file audits' target and pilot cohort (case_audits_demo.cc), after the programme.
void LoadCaseFileAuditDemo(demo::DemoLoad& load);
// The safer recruitment self-assessment of June 2011 (safer_workforce_demo.cc).
void LoadSaferWorkforceDemo(demo::DemoLoad& load);
// Health's and Probation's IMR action plans for case CD (imr_plans_demo.cc).
void LoadImrPlanDemo(demo::DemoLoad& load);

}  // namespace safeboard::assurance
