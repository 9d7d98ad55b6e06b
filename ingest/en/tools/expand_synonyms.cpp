// Expands the English verbs of ingest/data/relations.json with WordNet synonyms and the nouns
// derived from them, minus what ingest/data/en_synonyms_review.json rejects, and writes
// ingest/data/en_synonyms.json. Re-run after editing either input; review the diff by hand.
//
//   build/expand_synonyms [ingest/data]
#include <wn.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace {

using nlohmann::json;

std::string Underscored(std::string s) {
  for (char& c : s) c = c == ' ' ? '_' : c;
  return s;
}

std::string Spaced(std::string s) {
  for (char& c : s) c = c == '_' ? ' ' : c;
  // WordNet marks adjective positions "(a)"; none on verbs and nouns, but be safe.
  size_t paren = s.find('(');
  if (paren != std::string::npos) s.erase(paren);
  return s;
}

struct Source {
  std::string relation, prep, subject_is, verb;
  int sense = 0;
};

// Senses 1..max_senses of verb `base`: each synset's offset.
std::vector<long> VerbSenses(const std::string& base, int max_senses) {
  std::vector<long> out;
  std::string w = Underscored(base);
  std::vector<char> buf(w.begin(), w.end());
  buf.push_back('\0');
  IndexPtr index = getindex(buf.data(), VERB);
  if (!index) return out;
  for (int k = 0; k < index->off_cnt && k < max_senses; ++k) {
    out.push_back(static_cast<long>(index->offset[k]));
  }
  free_index(index);
  return out;
}

json Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "cannot read " << path << "\n";
    std::exit(1);
  }
  return json::parse(in, nullptr, true, true);
}

bool Listed(const json& review, const char* key, const std::string& value) {
  if (!review.contains(key)) return false;
  for (const auto& r : review[key]) {
    if (r.is_string() && r.get<std::string>() == value) return true;
    if (r.is_number_integer() && std::to_string(r.get<int>()) == value) return true;
  }
  return false;
}

bool Rejected(const json& review, const std::string& relation, const std::string& word) {
  if (!review.contains("reject") || !review["reject"].contains(relation)) return false;
  for (const auto& r : review["reject"][relation]) {
    if (r.get<std::string>() == word) return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : "ingest/data";
  if (wninit() != 0) {
    std::cerr << "WordNet data files not found (install wordnet-base)\n";
    return 1;
  }
  json relations = Load(dir + "/relations.json");
  json review = Load(dir + "/en_synonyms_review.json");
  int default_senses = review.value("max_senses", 2);

  std::map<std::string, std::vector<json>> verbs, nouns;
  std::set<std::string> own;  // the vocabulary's own verbs are not repeated
  for (const auto& r : relations["relations"]) {
    for (const auto& v : r.value("verbs", json::array())) own.insert(v["base"].get<std::string>());
  }
  for (const auto& r : relations["relations"]) {
    std::string rel = r["id"];
    if (review.contains("skip_relations")) {
      bool skip = false;
      for (const auto& s : review["skip_relations"]) skip |= s.get<std::string>() == rel;
      if (skip) continue;
    }
    for (const auto& v : r.value("verbs", json::array())) {
      std::string base = v["base"];
      std::string prep = v.value("prep", "");
      std::string subject_is = v.value("subject_is", "subject");
      int senses = review.value("senses", json::object()).value(base, default_senses);
      std::vector<long> offsets = VerbSenses(base, senses);
      for (size_t k = 0; k < offsets.size(); ++k) {
        std::vector<char> buf(base.begin(), base.end());
        buf.push_back('\0');
        SynsetPtr syn = read_synset(VERB, offsets[k], buf.data());
        if (!syn) continue;
        std::string from = base + "#" + std::to_string(k + 1);
        if (Listed(review, "reject_senses", from)) {
          free_synset(syn);
          continue;
        }
        bool nouns_wanted = Listed(review, "noun_relations", rel);
        for (int w = 0; w < syn->wcount; ++w) {
          std::string word = Spaced(syn->words[w]);
          if (word == base || own.count(word) || Rejected(review, rel, word)) continue;
          verbs[word].push_back({{"relation", rel}, {"prep", prep}, {"subject_is", subject_is},
                                 {"from", from}});
        }
        // Nouns derived from this sense: "acquire" -> "acquisition".
        for (int p = 0; p < syn->ptrcount; ++p) {
          if (!nouns_wanted || syn->ptrtyp[p] != DERIVATION || syn->ppos[p] != NOUN) continue;
          SynsetPtr noun = read_synset(NOUN, syn->ptroff[p], const_cast<char*>(""));
          if (!noun) continue;
          if (!Listed(review, "noun_lexfiles", std::to_string(noun->fnum))) {
            free_synset(noun);
            continue;
          }
          int to = syn->pto[p];
          for (int w = 0; w < noun->wcount; ++w) {
            if (to > 0 && w != to - 1) continue;
            std::string word = Spaced(noun->words[w]);
            if (Rejected(review, rel, word)) continue;
            std::string noun_prep = prep.empty() ? "of" : prep;
            nouns[word].push_back({{"relation", rel}, {"prep", noun_prep},
                                   {"subject_is", subject_is}, {"from", from}});
          }
          free_synset(noun);
        }
        free_synset(syn);
      }
    }
  }
  auto dedupe = [](std::map<std::string, std::vector<json>>* m) {
    json out = json::object();
    for (auto& [word, list] : *m) {
      json arr = json::array();
      std::set<std::string> seen;
      for (const json& j : list) {
        std::string key = j["relation"].get<std::string>() + "|" + j["prep"].get<std::string>();
        if (seen.insert(key).second) arr.push_back(j);
      }
      out[word] = arr;
    }
    return out;
  };
  json out;
  out["about"] =
      "Generated by ingest/en/tools/expand_synonyms from relations.json and "
      "en_synonyms_review.json with WordNet " + std::string(wnrelease) +
      ": English verbs (and nouns derived from them) that state a relation of the vocabulary, "
      "each with the preposition of its object and the sense it came from. Do not edit: edit "
      "the review file and re-run.";
  out["verbs"] = dedupe(&verbs);
  out["nouns"] = dedupe(&nouns);
  std::ofstream file(dir + "/en_synonyms.json");
  file << out.dump(1) << "\n";
  std::cout << "wrote " << dir << "/en_synonyms.json: " << out["verbs"].size() << " verbs, "
            << out["nouns"].size() << " nouns\n";
  return 0;
}
