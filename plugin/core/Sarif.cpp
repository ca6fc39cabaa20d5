//===- Sarif.cpp ----------------------------------------------------------===//
#include "Sarif.h"
#include "Framework.h"
#include "InputFile.h"
#include "Options.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

#include <map>

namespace serialscope {
namespace {

using json = nlohmann::json;

// The project's home.
constexpr llvm::StringLiteral HomePage = "https://github.com/serialscope/serialscope";
constexpr llvm::StringLiteral SchemaUri =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The files findings point into, read once: line texts for hashes and UTF-16 columns. Only
/// regular files up to MaxInputFileBytes are read: a log from elsewhere may point anywhere.
class SourceFiles {
public:
  /// The file's text, or nullptr when it cannot be read (a shard merged on another machine)
  /// or was refused.
  const llvm::MemoryBuffer *get(const std::string &Path) { return read(Path).Buffer.get(); }

  /// Why `Path` is not read although it is there (a FIFO, a device, too large); null when it
  /// was read or simply is not there.
  const std::string *refusal(const std::string &Path) {
    const InputFile &File = read(Path);
    bool Refused = File.State == InputFile::Status::NotRegular ||
                   File.State == InputFile::Status::TooLarge;
    return Refused ? &File.Problem : nullptr;
  }

  /// The line containing `Offset`, and where it starts; empty when unknown.
  llvm::StringRef lineAt(const std::string &Path, uint64_t Offset, uint64_t *LineStart = nullptr) {
    const llvm::MemoryBuffer *Buffer = get(Path);
    if (!Buffer || Offset > Buffer->getBufferSize())
      return {};
    llvm::StringRef Text = Buffer->getBuffer();
    size_t Begin = Text.substr(0, Offset).rfind('\n');
    Begin = Begin == llvm::StringRef::npos ? 0 : Begin + 1;
    if (LineStart)
      *LineStart = Begin;
    return Text.substr(Begin).split('\n').first.rtrim("\r");
  }

private:
  const InputFile &read(const std::string &Path) {
    auto [It, Inserted] = Files.try_emplace(Path);
    if (Inserted && !Path.empty())
      It->second = readInputFile(Path);
    return It->second;
  }

  std::map<std::string, InputFile> Files;
};

/// Bytes in the UTF-8 sequence that starts with `Lead` (1 for a stray continuation byte).
size_t utf8SequenceLength(unsigned char Lead) {
  return Lead < 0x80           ? 1
         : (Lead >> 5) == 0x6  ? 2
         : (Lead >> 4) == 0xE  ? 3
         : (Lead >> 3) == 0x1E ? 4
                               : 1;
}

/// SARIF's default column unit is the UTF-16 code unit; clang counts bytes. Converts the
/// 1-based byte column `Column` of `Line` (UTF-8) to UTF-16 code units.
unsigned utf16Column(llvm::StringRef Line, unsigned Column) {
  unsigned Units = 0;
  size_t End = std::min<size_t>(Column - 1, Line.size());
  for (size_t I = 0; I < End;) {
    size_t Length = utf8SequenceLength(Line[I]);
    Units += Length == 4 ? 2 : 1; // Beyond the BMP: a surrogate pair.
    I += Length;
  }
  return Units + 1 + (Column - 1 > Line.size() ? Column - 1 - Line.size() : 0);
}

/// The inverse, for reading a log back: UTF-16 column to byte column.
unsigned byteColumn(llvm::StringRef Line, unsigned Column) {
  unsigned Units = 0;
  size_t I = 0;
  while (I < Line.size() && Units + 1 < Column) {
    size_t Length = utf8SequenceLength(Line[I]);
    Units += Length == 4 ? 2 : 1;
    I += Length;
  }
  return I + 1 + (Column > Units + 1 ? Column - Units - 1 : 0);
}

bool isUnreserved(char C) {
  return llvm::isAlnum(C) || C == '-' || C == '.' || C == '_' || C == '~' || C == '/';
}

std::string percentEncode(llvm::StringRef Path) {
  std::string Result;
  for (char C : Path) {
    if (isUnreserved(C)) {
      Result += C;
    } else {
      Result += '%';
      Result += llvm::hexdigit((unsigned char)C >> 4, /*LowerCase=*/false);
      Result += llvm::hexdigit((unsigned char)C & 0xF, /*LowerCase=*/false);
    }
  }
  return Result;
}

std::string percentDecode(llvm::StringRef Text) {
  std::string Result;
  for (size_t I = 0; I < Text.size(); ++I) {
    unsigned High, Low;
    if (Text[I] == '%' && I + 2 < Text.size() && (High = llvm::hexDigitValue(Text[I + 1])) != ~0u &&
        (Low = llvm::hexDigitValue(Text[I + 2])) != ~0u) {
      Result += char(High * 16 + Low);
      I += 2;
    } else {
      Result += Text[I];
    }
  }
  return Result;
}

/// An artifactLocation: relative to %SRCROOT% when the file is below the root, else absolute.
json artifactLocation(const std::string &File, llvm::StringRef Root) {
  if (std::optional<std::string> Relative = pathBelow(File, Root))
    return {{"uri", percentEncode(*Relative)}, {"uriBaseId", SarifRootId}};
  return {{"uri", fileUri(File)}};
}

json physicalLocation(const ReportLocation &L, llvm::StringRef Root, SourceFiles &Sources) {
  llvm::StringRef Line = Sources.lineAt(L.File, L.Offset);
  unsigned Column = std::max(L.Column, 1u), EndColumn = std::max(L.EndColumn, Column);
  json Region = {{"startLine", std::max(L.Line, 1u)},
                 {"startColumn", utf16Column(Line, Column)},
                 {"endLine", std::max(std::max(L.EndLine, L.Line), 1u)},
                 {"endColumn", utf16Column(Line, EndColumn)},
                 {"byteOffset", L.Offset},
                 {"byteLength", EndColumn - Column}};
  return {{"artifactLocation", artifactLocation(L.File, Root)}, {"region", std::move(Region)}};
}

json message(llvm::StringRef Text) { return {{"text", Text.str()}}; }

// Reading logs back. Every access is checked: this code reads files from elsewhere and
// nlohmann_json is built without exceptions here (a wrong type would abort).
const json *member(const json &Object, const char *Key) {
  if (!Object.is_object())
    return nullptr;
  auto It = Object.find(Key);
  return It == Object.end() ? nullptr : &*It;
}

bool readString(const json &Object, const char *Key, std::string &Out) {
  const json *Value = member(Object, Key);
  if (!Value || !Value->is_string())
    return false;
  Out = Value->get<std::string>();
  return true;
}

/// An unsigned number that fits `Out`; a larger one is malformed, never truncated.
template <typename T> bool readUnsigned(const json &Object, const char *Key, T &Out) {
  static_assert(std::is_unsigned_v<T>);
  const json *Value = member(Object, Key);
  if (!Value || !Value->is_number_unsigned() ||
      Value->get<uint64_t>() > uint64_t(std::numeric_limits<T>::max()))
    return false;
  Out = Value->get<T>();
  return true;
}

bool readText(const json &Object, const char *Key, std::string &Out) {
  const json *Message = member(Object, Key);
  return Message && readString(*Message, "text", Out);
}

/// Resolves an artifactLocation to an absolute path through the run's base ids.
bool readArtifact(const json &Artifact, const std::map<std::string, std::string> &Bases,
                  std::string &Path) {
  std::string Uri, Base;
  if (!readString(Artifact, "uri", Uri))
    return false;
  if (!readString(Artifact, "uriBaseId", Base)) {
    Path = uriToPath(Uri);
    return !Path.empty();
  }
  auto It = Bases.find(Base);
  if (It == Bases.end())
    return false;
  llvm::SmallString<256> Joined(It->second);
  llvm::sys::path::append(Joined, percentDecode(Uri));
  llvm::sys::path::remove_dots(Joined, /*remove_dot_dot=*/true);
  Path = std::string(Joined);
  return true;
}

bool readLocation(const json &Physical, const std::map<std::string, std::string> &Bases,
                  SourceFiles &Sources, ReportLocation &L) {
  const json *Artifact = member(Physical, "artifactLocation");
  const json *Region = member(Physical, "region");
  unsigned Column = 0, EndColumn = 0, Length = 0;
  if (!Artifact || !Region || !readArtifact(*Artifact, Bases, L.File) ||
      !readUnsigned(*Region, "startLine", L.Line) ||
      !readUnsigned(*Region, "startColumn", Column) ||
      !readUnsigned(*Region, "endLine", L.EndLine) ||
      !readUnsigned(*Region, "endColumn", EndColumn) ||
      !readUnsigned(*Region, "byteOffset", L.Offset) ||
      !readUnsigned(*Region, "byteLength", Length))
    return false;
  uint64_t LineStart = 0;
  llvm::StringRef Line = Sources.lineAt(L.File, L.Offset, &LineStart);
  // The line is in a file below MaxInputFileBytes: its columns fit.
  L.Column = Line.data() ? unsigned(L.Offset - LineStart + 1) : byteColumn(Line, Column);
  L.EndColumn = L.Column + Length;
  return true;
}

std::vector<std::string> lineHashes(const std::vector<Report> &Reports, SourceFiles &Sources) {
  std::vector<std::string> Hashes;
  std::map<std::string, unsigned> Occurrences;
  for (const Report &R : Reports) {
    std::string Hash = lineHash(R, Sources.lineAt(R.Where.File, R.Where.Offset), 0);
    std::string Base = Hash.substr(0, Hash.find(':'));
    unsigned Occurrence = ++Occurrences[R.Where.File + '\0' + Base];
    Hashes.push_back(Base + ":" + std::to_string(Occurrence));
  }
  return Hashes;
}

/// The files whose text reading a report looks at (its location's and its notes').
std::vector<const std::string *> refusableFiles(const Report &R) {
  std::vector<const std::string *> Files = {&R.Where.File};
  for (const ReportNote &Note : R.Notes)
    if (!Note.Where.File.empty())
      Files.push_back(&Note.Where.File);
  return Files;
}

} // namespace

std::optional<std::string> pathBelow(llvm::StringRef File, llvm::StringRef Root) {
  if (!Root.empty() && File.consume_front(Root) &&
      (Root.ends_with("/") ? true : File.consume_front("/")))
    return File.str();
  return std::nullopt;
}

std::string fileUri(llvm::StringRef AbsolutePath) {
  return "file://" + percentEncode(AbsolutePath);
}

std::string uriToPath(llvm::StringRef Uri) {
  if (!Uri.consume_front("file://"))
    return {};
  // "file://host/path" names another machine; only local files ("file:///path") are paths.
  if (!Uri.starts_with("/"))
    return {};
  return percentDecode(Uri);
}

std::string lineHash(const Report &R, llvm::StringRef LineText, unsigned Occurrence) {
  // Whitespace is not content: re-indenting the line keeps the hash.
  std::string Key = ruleName(R.Rule).str() + '\0' + R.Message + '\0';
  for (char C : LineText)
    if (!llvm::isSpace(C))
      Key += C;
  return llvm::utohexstr(llvm::xxh3_64bits(Key), /*LowerCase=*/true, /*Width=*/16) + ":" +
         std::to_string(Occurrence);
}

std::vector<std::string> lineHashes(const std::vector<Report> &Reports) {
  SourceFiles Sources;
  return lineHashes(Reports, Sources);
}

json makeSarif(const std::vector<Report> &Reports, const SarifSettings &Settings) {
  SourceFiles Sources;
  llvm::StringRef Root = Settings.SourceRoot;
  json Results = json::array();
  std::vector<std::string> Hashes = lineHashes(Reports, Sources);
  for (size_t Index = 0; Index < Reports.size(); ++Index) {
    const Report &R = Reports[Index];
    json Result = {
        {"ruleId", ruleName(R.Rule).str()},
        {"ruleIndex", static_cast<unsigned>(R.Rule)},
        {"level", "warning"},
        {"message", message(R.Message)},
        {"locations", {{{"physicalLocation", physicalLocation(R.Where, Root, Sources)}}}}};

    Result["partialFingerprints"] = {{"primaryLocationLineHash", Hashes[Index]}};

    json Related = json::array();
    for (size_t I = 0; I < R.Notes.size(); ++I) {
      const ReportNote &Note = R.Notes[I];
      json Location = {{"id", I + 1}, {"message", message(Note.Message)}};
      if (!Note.Where.File.empty())
        Location["physicalLocation"] = physicalLocation(Note.Where, Root, Sources);
      Related.push_back(std::move(Location));
    }
    if (!Related.empty())
      Result["relatedLocations"] = std::move(Related);

    // One artifactChange per file, its replacements in the order --fix applies them; a
    // finding without edits gets no `fixes` at all (an empty artifactChanges is invalid).
    std::vector<std::string> FileOrder;
    std::map<std::string, json> ByFile;
    for (const ReportEdit &Edit : R.Fix) {
      if (!ByFile.count(Edit.File))
        FileOrder.push_back(Edit.File);
      json &Replacements = ByFile[Edit.File];
      Replacements.push_back(
          {{"deletedRegion", {{"byteOffset", Edit.Offset}, {"byteLength", Edit.Length}}},
           {"insertedContent", {{"text", Edit.Text}}}});
    }
    if (!FileOrder.empty()) {
      json Changes = json::array();
      for (const std::string &File : FileOrder)
        Changes.push_back({{"artifactLocation", artifactLocation(File, Root)},
                           {"replacements", std::move(ByFile[File])}});
      Result["fixes"] = {{{"description", message("Move '" + R.TypeName + "' to namespace scope")},
                          {"artifactChanges", std::move(Changes)}}};
    }

    Result["properties"] = {{"tier", R.RegisteredByName ? "registered-by-name" : "serializable"},
                            {"registeredByName", R.RegisteredByName},
                            {"type", R.TypeName},
                            {"identity", R.Identity}};
    if (R.Rule == Rule::NonResolvableType) {
      Result["properties"]["scope"] = R.Scope;
      Result["properties"]["evidence"] = R.EvidenceIds;
    } else {
      Result["properties"]["registry"] = R.Registry;
      Result["properties"]["key"] = R.RegistrationKey;
    }
    if (!R.FixBlocker.empty())
      Result["properties"]["fixBlocker"] = R.FixBlocker;
    Results.push_back(std::move(Result));
  }

  json Notifications = json::array();
  for (const SarifFailure &Failure : Settings.Failures) {
    json Notification = {{"level", "error"}, {"message", message(Failure.Message)}};
    if (!Failure.File.empty())
      Notification["locations"] = {
          {{"physicalLocation", {{"artifactLocation", artifactLocation(Failure.File, Root)}}}}};
    Notifications.push_back(std::move(Notification));
  }
  json Invocation = {{"executionSuccessful", Settings.Failures.empty()}};
  if (!Notifications.empty())
    Invocation["toolExecutionNotifications"] = std::move(Notifications);

  std::string RootUri = fileUri(Root);
  if (!llvm::StringRef(RootUri).ends_with("/"))
    RootUri += '/';
  json Run = {{"tool",
               {{"driver",
                 {{"name", "serialscope"},
                  {"version", SERIALSCOPE_VERSION},
                  {"semanticVersion", SERIALSCOPE_VERSION},
                  {"informationUri", HomePage.str()},
                  {"rules", sarifRules()}}}}},
              {"automationDetails", {{"id", Settings.AutomationId}}},
              {"originalUriBaseIds", {{SarifRootId.str(), {{"uri", RootUri}}}}},
              {"columnKind", "utf16CodeUnits"},
              {"invocations", {std::move(Invocation)}},
              {"results", std::move(Results)}};
  if (!Settings.Keys.empty()) {
    json Keys = json::array();
    for (const KeyRecord &K : Settings.Keys)
      Keys.push_back(toJson(K));
    Run["properties"]["registrationKeys"] = std::move(Keys);
  }
  if (!Settings.KeyCandidates.empty()) {
    json Candidates = json::array();
    for (const KeyCandidate &C : Settings.KeyCandidates)
      Candidates.push_back(toJson(C));
    Run["properties"]["registrationKeyCandidates"] = std::move(Candidates);
  }
  return {{"$schema", SchemaUri.str()}, {"version", "2.1.0"}, {"runs", {std::move(Run)}}};
}

bool readSarif(const json &Log, std::vector<Report> &Reports, std::vector<SarifFailure> &Failures,
               std::string &Error, std::vector<KeyRecord> *Keys,
               std::vector<KeyCandidate> *Candidates) {
  const json *Runs = member(Log, "runs");
  std::string Version;
  if (!readString(Log, "version", Version) || Version != "2.1.0" || !Runs || !Runs->is_array()) {
    Error = "not a SARIF 2.1.0 log";
    return false;
  }
  SourceFiles Sources;
  for (const json &Run : *Runs) {
    std::string Tool;
    const json *Driver = member(Run, "tool") ? member(*member(Run, "tool"), "driver") : nullptr;
    if (!Driver || !readString(*Driver, "name", Tool) || Tool != "serialscope") {
      Error = "a run of another tool than serialscope";
      return false;
    }
    std::map<std::string, std::string> Bases;
    if (const json *Originals = member(Run, "originalUriBaseIds");
        Originals && Originals->is_object())
      for (auto It = Originals->begin(); It != Originals->end(); ++It) {
        std::string Uri;
        if (readString(It.value(), "uri", Uri) && !uriToPath(Uri).empty())
          Bases[It.key()] = uriToPath(Uri);
      }

    const json *Results = member(Run, "results");
    if (!Results || !Results->is_array()) {
      Error = "a run without results";
      return false;
    }
    if (const json *Properties = member(Run, "properties"); Keys && Properties)
      if (const json *Records = member(*Properties, "registrationKeys");
          Records && Records->is_array())
        for (const json &Record : *Records) {
          KeyRecord K;
          if (!fromJson(Record, K)) {
            Error = "a registration key that serialscope did not write";
            return false;
          }
          Keys->push_back(std::move(K));
        }
    if (const json *Properties = member(Run, "properties"); Candidates && Properties)
      if (const json *Records = member(*Properties, "registrationKeyCandidates");
          Records && Records->is_array())
        for (const json &Record : *Records) {
          KeyCandidate C;
          if (!fromJson(Record, C)) {
            Error = "a registration key candidate that serialscope did not write";
            return false;
          }
          Candidates->push_back(std::move(C));
        }
    for (const json &Result : *Results) {
      Report R;
      const json *Locations = member(Result, "locations");
      const json *Properties = member(Result, "properties");
      std::string RuleId = CheckName.str();
      readString(Result, "ruleId", RuleId);
      if (RuleId == DuplicateKeyCheckName)
        R.Rule = Rule::DuplicateRegistrationKey;
      if (!readText(Result, "message", R.Message) || !Locations || !Locations->is_array() ||
          Locations->empty() || !member(Locations->front(), "physicalLocation") ||
          !readLocation(*member(Locations->front(), "physicalLocation"), Bases, Sources, R.Where) ||
          !Properties ||
          (R.Rule == Rule::NonResolvableType && !readString(*Properties, "scope", R.Scope)) ||
          !readString(*Properties, "type", R.TypeName)) {
        Error = "a result that serialscope did not write";
        return false;
      }
      readString(*Properties, "identity", R.Identity);
      readString(*Properties, "registry", R.Registry);
      readString(*Properties, "key", R.RegistrationKey);
      if (const json *ByName = member(*Properties, "registeredByName");
          ByName && ByName->is_boolean())
        R.RegisteredByName = ByName->get<bool>();
      if (const json *Blocker = member(*Properties, "fixBlocker"); Blocker && Blocker->is_string())
        R.FixBlocker = Blocker->get<std::string>();
      if (const json *Evidence = member(*Properties, "evidence"); Evidence && Evidence->is_array())
        for (const json &Id : *Evidence)
          if (Id.is_string())
            R.EvidenceIds.push_back(Id.get<std::string>());
      if (const json *Related = member(Result, "relatedLocations"); Related && Related->is_array())
        for (const json &Location : *Related) {
          ReportNote Note;
          if (!readText(Location, "message", Note.Message)) {
            Error = "a related location without a message";
            return false;
          }
          if (const json *Physical = member(Location, "physicalLocation"))
            if (!readLocation(*Physical, Bases, Sources, Note.Where)) {
              Error = "a related location that cannot be read";
              return false;
            }
          R.Notes.push_back(std::move(Note));
        }
      // A location in a FIFO, a device or a huge file: not something serialscope wrote.
      for (const std::string *File : refusableFiles(R))
        if (const std::string *Problem = Sources.refusal(*File)) {
          Error = "it points into '" + *File + "', which " + *Problem;
          return false;
        }
      const json *Fixes = member(Result, "fixes");
      if (Fixes && Fixes->is_array() && !Fixes->empty()) {
        const json *Changes = member(Fixes->front(), "artifactChanges");
        for (const json &Change : Changes && Changes->is_array() ? *Changes : json::array()) {
          std::string File;
          const json *Artifact = member(Change, "artifactLocation");
          const json *Replacements = member(Change, "replacements");
          if (!Artifact || !readArtifact(*Artifact, Bases, File) || !Replacements ||
              !Replacements->is_array()) {
            Error = "a fix that cannot be read";
            return false;
          }
          for (const json &Replacement : *Replacements) {
            ReportEdit Edit;
            Edit.File = File;
            const json *Deleted = member(Replacement, "deletedRegion");
            if (!Deleted || !readUnsigned(*Deleted, "byteOffset", Edit.Offset) ||
                !readUnsigned(*Deleted, "byteLength", Edit.Length)) {
              Error = "a replacement without a byte region";
              return false;
            }
            readText(Replacement, "insertedContent", Edit.Text);
            R.Fix.push_back(std::move(Edit));
          }
        }
      }
      Reports.push_back(std::move(R));
    }

    const json *Invocations = member(Run, "invocations");
    if (Invocations && Invocations->is_array())
      for (const json &Invocation : *Invocations) {
        const json *Notifications = member(Invocation, "toolExecutionNotifications");
        if (!Notifications || !Notifications->is_array())
          continue;
        for (const json &Notification : *Notifications) {
          SarifFailure Failure;
          readText(Notification, "message", Failure.Message);
          const json *Locations = member(Notification, "locations");
          if (Locations && Locations->is_array() && !Locations->empty())
            if (const json *Physical = member(Locations->front(), "physicalLocation"))
              if (const json *Artifact = member(*Physical, "artifactLocation"))
                readArtifact(*Artifact, Bases, Failure.File);
          Failures.push_back(std::move(Failure));
        }
      }
  }
  return true;
}

} // namespace serialscope
