// The paraphrase measurement (bench/questions): the development gold facts loaded into a fresh
// graph through GraphWriter, every paraphrase question asked through the engine, and the
// answers scored as bench/quality/run.py scores them. Shared by the CI test and the bench tool.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "kg/base/status.h"

namespace kg::testing {

// Writes every fact of the dev gold files under `gold_dir` (bench/quality/gold) whose relation
// is in kg's vocabulary into a new database at `db` (which must not exist): entities with their
// types and aliases, values as kg's literals, qualifiers, negation; one document per gold file.
// `documents` (gold file stems), when not empty, limits it to those files.
Status BuildGoldGraph(const std::string& gold_dir, const std::string& db,
                      const std::set<std::string>& documents = {});

// The gold documents a paraphrase set was written over: those its questions' facts cite
// ("mcp#f12"). Dev gold added after the set was written would change its answers.
Result<std::set<std::string>> ParaphraseDocuments(const std::string& paraphrases_json);

struct ParaphraseOutcome {
  std::string id, lang, form, question;
  std::string relation;  // the relation asked for (of the second hop in a two-hop question)
  bool correct = false;
  std::vector<std::string> expected;
  std::vector<std::string> got;  // first column of each row, or "error: ..."
};

struct ParaphraseReport {
  std::vector<ParaphraseOutcome> outcomes;
  // Correct / asked, per language and per (language, form).
  std::map<std::string, std::pair<int, int>> by_lang;
  std::map<std::string, std::pair<int, int>> by_form;  // "en wh-subject"
  double Accuracy(const std::string& lang) const;
};

// Asks every question of `paraphrases_json` (bench/questions/paraphrases.json) against `db`.
Result<ParaphraseReport> AskParaphrases(const std::string& db,
                                        const std::string& paraphrases_json);

}  // namespace kg::testing
