package com.ibm.jzos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The catalog search interface (IGGCSI00), as IBM's class gives it: construct with a filter key
 * ({@code HLQ.**}, {@code HLQ.*.DATA}, {@code HLQ.A%C}), choose entry types and fields, {@link
 * #search()}, then iterate: a catalog entry, then an entry for each data set the key matches, in
 * name order.
 *
 * <p>Off z/OS the catalog is the data set directory: each file or library in it is a non-VSAM
 * entry (type {@code A}), a generation {@code HLQ.GDG.GnnnnV00} a generation data set ({@code H});
 * the catalog entry is named {@code BWO.LOCAL.CATALOG}. The field {@code ENTNAME} gives the name (44
 * bytes, EBCDIC); every other field is empty (length 0), as CSI returns a field that does not
 * apply to an entry (there is no volume, DSCB or SMS class off z/OS).
 */
@SuppressWarnings("rawtypes")
public class CatalogSearch implements Iterator {
  /** The type of a catalog entry ({@code '0'}). */
  public static final byte CATALOG_TYPE = 48;
  /** The work area CSI is given unless told otherwise. */
  public static final int DEFAULT_WORK_AREA_LENGTH = 64000;
  public static final byte FLAG_CSICERR = 16;
  public static final byte FLAG_CSICERRP = 8;
  public static final byte FLAG_CSIEDATA = 32;
  public static final byte FLAG_CSIENTER = 64;
  public static final byte FLAG_CSINOENT = 64;
  public static final byte FLAG_CSINTCMP = 32;
  public static final byte FLAG_CSINTICF = -128;
  public static final byte FLAG_CSIPMENT = -128;
  /** The most field names a search may ask for. */
  public static final int MAX_FIELD_NAMES = 100;
  public static final int MAX_WORK_AREA_LENGTH = 1048575;
  public static final int MIN_WORK_AREA_LENGTH = 1024;

  /** The catalog's name off z/OS. */
  static final String CATALOG = "BWO.LOCAL.CATALOG";
  /** CSI's reason for a filter key that is not one, which IBM's sample tests for. */
  static final int INVALID_FILTER_KEY = 122;
  private static final Pattern GENERATION = Pattern.compile(".*\\.G[0-9]{4}V[0-9]{2}");
  /** A key's qualifier: {@code **} alone, or up to 8 characters with {@code *} and {@code %}. */
  private static final Pattern KEY_QUALIFIER =
      Pattern.compile("\\*\\*|(?!.*\\*\\*)[A-Z0-9@#$%*-]{1,8}");

  private final String filterKey;
  private final List<String> fieldNames = new ArrayList<>();
  private String entryTypes = "";
  private Iterator<Entry> entries;
  private int rc;

  /** A search for the data sets {@code filterKey} matches. */
  public CatalogSearch(String filterKey) {
    this(filterKey, DEFAULT_WORK_AREA_LENGTH);
  }

  /** A search with a work area of {@code workAreaLength} bytes (off z/OS it has no use). */
  public CatalogSearch(String filterKey, int workAreaLength) {
    this.filterKey = filterKey.strip().toUpperCase(Locale.ROOT);
  }

  /** The entry types to return, CSI's letters ({@code "AH"}: non-VSAM and GDS); none: all. */
  public void setEntryTypes(String entryTypes) {
    this.entryTypes = entryTypes == null ? "" : entryTypes.strip().toUpperCase(Locale.ROOT);
  }

  /** Asks for field {@code fieldName} ({@code ENTNAME}, {@code VOLSER}...) in each entry. */
  public void addFieldName(String fieldName) {
    if (fieldNames.size() == MAX_FIELD_NAMES) {
      throw new RcException("CatalogSearch: more than " + MAX_FIELD_NAMES + " field names", 4);
    }
    fieldNames.add(fieldName.strip().toUpperCase(Locale.ROOT));
  }

  /**
   * Runs the search. A filter key that is not one fails with an {@link RcException} whose code is
   * 4, {@link #getRc()} then answering 122, as CSI does; a catalog that cannot be read, 4 and 100.
   */
  public void search() {
    String[] key = filterKey.split("\\.", -1);
    if (filterKey.isEmpty() || filterKey.length() > 44
        || !Stream.of(key).allMatch(q -> KEY_QUALIFIER.matcher(q).matches())) {
      rc = INVALID_FILTER_KEY;
      throw new RcException("CatalogSearch: invalid filter key: " + filterKey, 4);
    }
    List<Entry> found = new ArrayList<>();
    found.add(new Entry(CATALOG_TYPE, CATALOG, fieldNames));
    String dir = LocalSettings.datasetsDir().orElse(null);
    if (dir != null && Files.isDirectory(Path.of(dir))) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        files.map(f -> f.getFileName().toString())
            .filter(name -> !name.startsWith(".") && matches(key, 0, name.split("\\."), 0))
            .sorted(Comparator.comparing(LocalLibrary::ebcdicOrder))
            .forEach(name -> {
              byte type = (byte) (GENERATION.matcher(name).matches() ? 'H' : 'A');
              if (entryTypes.isEmpty() || entryTypes.indexOf(type) >= 0) {
                found.add(new Entry(type, name, fieldNames));
              }
            });
      } catch (IOException | UncheckedIOException e) {
        rc = 100;
        throw new RcException("CatalogSearch: the catalog cannot be read: " + e, 4);
      }
    }
    rc = 0;
    entries = found.iterator();
  }

  /** CSI's return code of the last search: 0, or the reason it failed. */
  public int getRc() {
    return rc;
  }

  @Override
  public boolean hasNext() {
    return entries != null && entries.hasNext();
  }

  /** The next {@link Entry}. */
  @Override
  public Object next() {
    if (!hasNext()) {
      throw new NoSuchElementException("CatalogSearch: no more entries");
    }
    return entries.next();
  }

  /** Entries are not removed from a catalog by a search. */
  @Override
  public void remove() {
    throw new UnsupportedOperationException("CatalogSearch: remove");
  }

  /** Whether the name's qualifiers from {@code j} match the key's from {@code i}. */
  private static boolean matches(String[] key, int i, String[] name, int j) {
    if (i == key.length) {
      return j == name.length;
    }
    if (key[i].equals("**")) {
      for (int k = j; k <= name.length; k++) {
        if (matches(key, i + 1, name, k)) {
          return true;
        }
      }
      return false;
    }
    return j < name.length && qualifier(key[i]).matcher(name[j]).matches()
        && matches(key, i + 1, name, j + 1);
  }

  /** A key qualifier as a pattern: {@code *} any characters, {@code %} one. */
  private static Pattern qualifier(String q) {
    StringBuilder regex = new StringBuilder();
    for (char c : q.toCharArray()) {
      regex.append(c == '*' ? ".*" : c == '%' ? "." : Pattern.quote(String.valueOf(c)));
    }
    return Pattern.compile(regex.toString());
  }

  /**
   * A catalog search entry: a catalog's, or a data set's with the fields the search asked for.
   * Off z/OS no entry is in error: no reason area, return and reason code 0.
   */
  public static class Entry {
    private final byte type;
    private final String name;
    private final List<String> fieldNames;

    Entry(byte type, String name, List<String> fieldNames) {
      this.type = type;
      this.name = name;
      this.fieldNames = List.copyOf(fieldNames);
    }

    /** Whether this is a catalog's entry. */
    public boolean isCatalogEntry() {
      return type == CATALOG_TYPE;
    }

    /** Whether this is a data set's entry. */
    public boolean isDatasetEntry() {
      return type != CATALOG_TYPE;
    }

    /** Whether the entry is in error; off z/OS none is. */
    public boolean hasError() {
      return false;
    }

    /** The entry's reason area return code: 0, none being in error. */
    public int getRc() {
      return 0;
    }

    /** The entry's reason area reason code: 0. */
    public int getReason() {
      return 0;
    }

    /** The entry's reason area module id: empty. */
    public String getModuleId() {
      return "";
    }

    /** Whether the entry has a reason area: a catalog entry's has, a data set's only in error. */
    public boolean hasReasonArea() {
      return isCatalogEntry();
    }

    /**
     * Field {@code fieldName} of the entry, if the search asked for it (null otherwise): {@code
     * ENTNAME} the entry's name in 44 EBCDIC bytes, any other an empty field.
     */
    public CatalogSearchField getField(String fieldName) {
      String field = fieldName.strip().toUpperCase(Locale.ROOT);
      if (!fieldNames.contains(field)) {
        return null;
      }
      Charset ebcdic = LocalLibrary.Ebcdic.CHARSET;
      byte[] bytes = field.equals("ENTNAME")
          ? String.format("%-44s", name).getBytes(ebcdic) : new byte[0];
      return new CatalogSearchField(field, bytes);
    }
  }
}
