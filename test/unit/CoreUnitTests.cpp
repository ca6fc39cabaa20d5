//===- CoreUnitTests.cpp - unit tests of the pure parts of the core ------===//
// The lit suite checks whole runs; these check the small pure pieces the fix planner is
// built from, where a mistake would be hard to trace from a lit failure.
#include "FixBlocker.h"
#include "Framework.h"
#include "Naming.h"
#include "Options.h"
#include "Report.h"
#include "SourceText.h"
#include "TextEdits.h"
#include "frameworks/QtTypeName.h"

#include <fstream>
#include <gtest/gtest.h>
#include <set>

using namespace serialscope;

TEST(Naming, JoinedNamePutsOuterNamesFirst) {
  EXPECT_EQ(joinedName({"Reader", "load"}, "Point"), "Reader_load_Point");
  EXPECT_EQ(joinedName({}, "Point"), "Point");
}

TEST(Naming, FileStemIdentifierIsAnIdentifier) {
  EXPECT_EQ(fileStemIdentifier("/src/io-v2.cpp"), "io_v2");
  EXPECT_EQ(fileStemIdentifier("orders.cc"), "orders");
  // Identifiers cannot start with a digit, nor be empty.
  EXPECT_EQ(fileStemIdentifier("/src/2d.cpp"), "tu_2d");
  EXPECT_EQ(fileStemIdentifier(""), "tu_");
}

TEST(Naming, TypeNameFromDeclaratorDropsPrefixesAndCapitalizes) {
  EXPECT_EQ(typeNameFromDeclarator("position"), "Position");
  EXPECT_EQ(typeNameFromDeclarator("g_geometry"), "Geometry");
  EXPECT_EQ(typeNameFromDeclarator("m_state"), "State");
  EXPECT_EQ(typeNameFromDeclarator("state_"), "State");
  EXPECT_EQ(typeNameFromDeclarator("mState"), "State");
  EXPECT_EQ(typeNameFromDeclarator("kDefaults"), "Defaults");
  EXPECT_EQ(typeNameFromDeclarator("motor_limits"), "MotorLimits");
  EXPECT_EQ(typeNameFromDeclarator("m"), "M");
  EXPECT_EQ(typeNameFromDeclarator("mode"), "Mode");
  EXPECT_EQ(typeNameFromDeclarator("_"), "");
  EXPECT_EQ(typeNameFromDeclarator("_2d"), "");
}

TEST(Naming, FirstFreeNameCountsFromTwoToNine) {
  std::set<std::string> Taken = {"parse_Point", "parse_Point_2"};
  auto IsTaken = [&](const std::string &Name) { return Taken.count(Name) > 0; };
  EXPECT_EQ(firstFreeName("Point", IsTaken), "Point");
  EXPECT_EQ(firstFreeName("parse_Point", IsTaken), "parse_Point_3");
  EXPECT_EQ(firstFreeName("X", [](const std::string &Name) { return Name != "X_9"; }), "X_9");
  EXPECT_FALSE(firstFreeName("X", [](const std::string &) { return true; }).has_value());
}

TEST(TextEdits, ReindentRebasesEveryLineAndKeepsBlankLinesEmpty) {
  EXPECT_EQ(SourceText::reindent("struct A {\n      int x;\n\n    };", "    ", ""),
            "struct A {\n  int x;\n\n};");
  EXPECT_EQ(SourceText::reindent("struct A {\n  int x;\n};", "", "  "),
            "  struct A {\n    int x;\n  };");
}

TEST(TextEdits, StaysInPlaceOnlyWhenReindentingChangesNothing) {
  EXPECT_TRUE(staysInPlace("struct A {\n  int x;\n};", ""));
  EXPECT_TRUE(staysInPlace("struct A {\n    int x;\n  };", "  "));
  // A line indented less than the first cannot be re-based without a change.
  EXPECT_FALSE(staysInPlace("struct A {\nint x;\n  };", "  "));
}

TEST(FixBlocker, IdsAreUniqueAndStable) {
  std::set<std::string> Ids;
  for (int K = 0; K <= static_cast<int>(FixBlocker::Kind::ReanalysisFailed); ++K) {
    std::string Id = blockerId(static_cast<FixBlocker::Kind>(K)).str();
    EXPECT_FALSE(Id.empty());
    EXPECT_EQ(Id.find_first_not_of("abcdefghijklmnopqrstuvwxyz-"), std::string::npos) << Id;
    EXPECT_TRUE(Ids.insert(Id).second) << Id;
  }
  // Ids are part of the SARIF output: these must never change.
  EXPECT_EQ(blockerId(FixBlocker::Kind::LocalAlias), "local-alias");
  EXPECT_EQ(blockerId(FixBlocker::Kind::MacroExpansion), "macro-expansion");
  EXPECT_EQ(blockerId(FixBlocker::Kind::StaticLocal), "static-local");
  EXPECT_EQ(blockerId(FixBlocker::Kind::UnnamedSeveralDeclarators), "unnamed-several-declarators");
}

TEST(FixBlocker, DescribesWithoutEntities) {
  EXPECT_EQ(describe({FixBlocker::Kind::NamespaceBraces, {}}),
            "no fix: the anonymous namespace does not have its braces on lines of their own");
  FixBlocker Exhausted{FixBlocker::Kind::ProjectNamesExhausted, {}};
  Exhausted.Detail = "shop::io::Point";
  Exhausted.Count = 3;
  EXPECT_EQ(describe(Exhausted),
            "no fix: moved to namespace 'shop::io', 'Point' would collide with a declaration of "
            "the same name in another translation unit of the project, and no unique name was "
            "found in 3 re-analyses");
  Exhausted.Detail = "Point";
  EXPECT_NE(describe(Exhausted).find("moved to the global namespace, 'Point'"), std::string::npos);
}

TEST(Report, NoteKindsAndBlockerSurviveJson) {
  Report R;
  R.Where.File = "/src/a.cpp";
  R.Message = "m";
  R.FixBlocker = "local-alias";
  R.Notes.push_back({R.Where, "evidence", ReportNote::Kind::Evidence});
  R.Notes.push_back({R.Where, "the fix renames", ReportNote::Kind::Fix});
  R.Notes.push_back({R.Where, "no fix: ...", ReportNote::Kind::Blocker});
  Report Back;
  ASSERT_TRUE(fromJson(toJson(R), Back));
  EXPECT_EQ(Back.FixBlocker, "local-alias");
  ASSERT_EQ(Back.Notes.size(), 3u);
  EXPECT_EQ(Back.Notes[0].What, ReportNote::Kind::Evidence);
  EXPECT_EQ(Back.Notes[1].What, ReportNote::Kind::Fix);
  EXPECT_EQ(Back.Notes[2].What, ReportNote::Kind::Blocker);
}

TEST(Frameworks, OptionNamesAreUniqueAndOnlyConfiguredEvidenceHasNone) {
  std::set<std::string> Names;
  unsigned Unnamed = 0;
  for (const Framework *F : frameworks()) {
    EXPECT_FALSE(F->Title.empty());
    if (F->OptionName.empty())
      ++Unnamed;
    else
      EXPECT_TRUE(Names.insert(F->OptionName.str()).second) << F->OptionName.str();
  }
  EXPECT_EQ(Unnamed, 1u);
}

// A renamed type's keyed macro becomes its explicit form, which a second rename must only
// retarget: the explicit form has to be a type-only macro, and no macro may have two roles.
TEST(Frameworks, EveryMacroHasOneRoleAndExplicitFormsAreTypeOnly) {
  std::set<std::string> TypeOnly, Seen;
  for (const Framework *F : frameworks())
    for (llvm::StringRef Macro : F->TypeOnlyMacros) {
      TypeOnly.insert(Macro.str());
      EXPECT_TRUE(Seen.insert(Macro.str()).second) << Macro.str();
    }
  for (const Framework *F : frameworks()) {
    for (const KeyedMacro &Keyed : F->KeyedMacros) {
      EXPECT_TRUE(TypeOnly.count(Keyed.Explicit.str())) << Keyed.Explicit.str();
      EXPECT_TRUE(Seen.insert(Keyed.Macro.str()).second) << Keyed.Macro.str();
    }
    for (const NameWritingMacro &Writer : F->NameWritingMacros)
      EXPECT_TRUE(Seen.insert(Writer.Macro.str()).second) << Writer.Macro.str();
  }
}

TEST(Options, FrameworksListsTheRegistryAndKeepsItsOrder) {
  Options Opts;
  EXPECT_EQ(Opts.get("Frameworks"), "boost;cereal;nlohmann;qt;msgpack");
  ASSERT_FALSE(bool(Opts.set("Frameworks", "QT; boost")));
  EXPECT_EQ(Opts.get("Frameworks"), "boost;qt");
  ASSERT_FALSE(bool(Opts.set("Frameworks", "")));
  EXPECT_EQ(Opts.get("Frameworks"), "");
  llvm::Error Bad = Opts.set("Frameworks", "boost;protobuf");
  EXPECT_EQ(llvm::toString(std::move(Bad)),
            "invalid value 'boost;protobuf' for option 'Frameworks': expected a ';'-separated "
            "subset of boost;cereal;nlohmann;qt;msgpack");
  EXPECT_EQ(Opts.get("Frameworks"), "");
}

// The table is Qt's own behaviour: qt-type-names.test checks it against Qt 5.
TEST(QtTypeName, NormalizesAsQtsRegistry) {
  std::ifstream Table(SERIALSCOPE_UNIT_INPUTS "/qt-type-names.txt");
  ASSERT_TRUE(Table) << "cannot read qt-type-names.txt";
  auto Unescape = [](std::string Text) {
    for (size_t At; (At = Text.find("\\t")) != std::string::npos;)
      Text.replace(At, 2, "\t");
    return Text;
  };
  unsigned Names = 0;
  for (std::string Line; std::getline(Table, Line);) {
    size_t Bar = Line.find('|');
    if (Line.empty() || Line[0] == '#' || Bar == std::string::npos)
      continue;
    ++Names;
    EXPECT_EQ(qtNormalizedTypeName(Unescape(Line.substr(0, Bar))), Unescape(Line.substr(Bar + 1)))
        << "name '" << Line.substr(0, Bar) << "'";
  }
  EXPECT_GE(Names, 50u);
}

TEST(QtTypeName, StopsWhereQtReadsNoFurtherAndNeverRecursesWithoutBound) {
  // Qt reads a C string: nothing after a NUL is part of the name.
  EXPECT_EQ(qtNormalizedTypeName(llvm::StringRef("Event\0Other", 11)), "Event");
  // Nesting as deep as a string literal can write: kept as written past the bound, no crash.
  std::string Deep = std::string(100000, '<') + std::string(100000, '>');
  EXPECT_EQ(qtNormalizedTypeName("A" + Deep).substr(0, 4), "A<<<");
}
