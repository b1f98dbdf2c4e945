package com.ibm.jzos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.platform.LocalSystemTest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CatalogSearch over the data set directory, used as IBM's samples use it. */
class CatalogSearchTest extends LocalSystemTest {

  @Test
  void aFilterKeyFindsTheMatchingDataSetsInNameOrderAfterTheCatalogEntry() throws IOException {
    for (String dsn : List.of("HLQ.B.DATA", "HLQ.A.DATA", "HLQ.AB.DATA", "HLQ.A.DATA.OLD",
        "HLQ.GDG.G0001V00", "OTHER.A.DATA")) {
      Files.writeString(system.datasetsDir().resolve(dsn), "X\n");
    }
    Files.createDirectory(system.datasetsDir().resolve("HLQ.LIB"));

    assertThat(search("HLQ.**", "")).containsExactly("HLQ.A.DATA", "HLQ.A.DATA.OLD",
        "HLQ.AB.DATA", "HLQ.B.DATA", "HLQ.GDG.G0001V00", "HLQ.LIB");
    assertThat(search("HLQ.*.DATA", "")).containsExactly("HLQ.A.DATA", "HLQ.AB.DATA", "HLQ.B.DATA");
    assertThat(search("HLQ.%.DATA", "")).containsExactly("HLQ.A.DATA", "HLQ.B.DATA");
    // A* is within one qualifier: HLQ.A.DATA is not HLQ.A*, which has two.
    assertThat(search("HLQ.A*", "")).isEmpty();
    assertThat(search("HLQ.A*.**", "")).containsExactly("HLQ.A.DATA", "HLQ.A.DATA.OLD",
        "HLQ.AB.DATA");
    assertThat(search("**.DATA", "")).containsExactly("HLQ.A.DATA", "HLQ.AB.DATA", "HLQ.B.DATA",
        "OTHER.A.DATA");
    assertThat(search("HLQ.**", "H")).containsExactly("HLQ.GDG.G0001V00");
    assertThat(search("NONE.**", "")).isEmpty();
  }

  @Test
  @SuppressWarnings("rawtypes")
  void entriesGiveTheFieldsAskedForAsIbmsSamplesReadThem() throws IOException {
    Files.writeString(system.datasetsDir().resolve("HLQ.SEQ"), "X\n");
    CatalogSearch catSearch = new CatalogSearch("hlq.*", 64000);
    catSearch.setEntryTypes("AH");
    catSearch.addFieldName("ENTNAME");
    catSearch.addFieldName("VOLSER");
    catSearch.search();
    assertThat(catSearch.getRc()).isZero();

    CatalogSearch.Entry catalog = (CatalogSearch.Entry) catSearch.next();
    assertThat(catalog.isCatalogEntry()).isTrue();
    assertThat(catalog.hasReasonArea()).isTrue();
    CatalogSearch.Entry entry = (CatalogSearch.Entry) catSearch.next();
    assertThat(entry.isDatasetEntry()).isTrue();
    assertThat(entry.hasError()).isFalse();
    assertThat(entry.getRc()).isZero();
    CatalogSearchField name = entry.getField("ENTNAME");
    assertThat(name.getName()).isEqualTo("ENTNAME");
    assertThat(name.getBytes()).hasSize(44);
    assertThat(name.getFString().trim()).isEqualTo("HLQ.SEQ");
    assertThat(name.getChar()).isEqualTo('H');
    // No volume off z/OS: an empty field, which IBM's sample reports as "has no VOLSER".
    assertThat(entry.getField("VOLSER").getFString().trim()).isEmpty();
    assertThat(entry.getField("DSCRDT2")).isNull();
    assertThat(catSearch.hasNext()).isFalse();
    Iterator raw = catSearch;
    assertThatThrownBy(raw::remove).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anInvalidFilterKeyIsRcFourAndReason122AsCsiGivesIt() {
    for (String bad : List.of("HLQ..X", "***", "HLQ.TOOLONGQUAL", "", "HLQ/X",
        "A." + "B.".repeat(22) + "C")) {
      CatalogSearch catSearch = new CatalogSearch(bad);
      assertThatThrownBy(catSearch::search, bad)
          .isInstanceOfSatisfying(RcException.class, e -> assertThat(e.getRc()).isEqualTo(4));
      assertThat(catSearch.getRc()).as(bad).isEqualTo(122);
      assertThat(catSearch.hasNext()).isFalse();
    }
  }

  @Test
  void fieldBytesReadAsBigEndianNumbersAndFixedStrings() {
    CatalogSearchField field = new CatalogSearchField("X",
        new byte[] {0, 0, 1, 2, (byte) 0xC1, (byte) 0xC2, (byte) 0xC3, (byte) 0xC4});
    assertThat(field.getIntArray(4)).containsExactly(258, 0xC1C2C3C4);
    assertThat(field.getFStringArray(2)[2]).isEqualTo("AB");
    assertThat(new CatalogSearchField("Y", new byte[] {1, 0}).getInt()).isEqualTo(256);
  }

  private List<String> search(String key, String types) {
    CatalogSearch catSearch = new CatalogSearch(key);
    catSearch.setEntryTypes(types);
    catSearch.addFieldName("ENTNAME");
    catSearch.search();
    List<String> names = new ArrayList<>();
    while (catSearch.hasNext()) {
      CatalogSearch.Entry entry = (CatalogSearch.Entry) catSearch.next();
      if (entry.isDatasetEntry()) {
        names.add(entry.getField("ENTNAME").getFString().trim());
      }
    }
    return names;
  }
}
