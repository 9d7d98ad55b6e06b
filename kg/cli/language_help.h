// The query language's reference, one example per form: `kg help query` and `.help language`
// print it (the grammar's own summary is at the top of parser/grammar_def.h).
#pragma once

#include <string>

namespace kg::cli {

const std::string& LanguageReference();

}  // namespace kg::cli
