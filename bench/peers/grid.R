# Peer: grid counts + Getis-Ord Gi* with spdep, as docs/hotspots.md ("Grid statistics") defines them.
#
# usage: Rscript grid.R DATA_DIR AS_OF REPO_ROOT OUT_CSV
#
# Points: the violent crimes (PHYSICAL_VIOLENCE) committed up to AS_OF that have a location.
# Cell size: the shorter side of the points' bounding box / 50, rounded down to a multiple of 100 m
# when that is at least 100 m. Cells from the box's south-west corner; a point on a shared edge goes
# to the cell north or east of it, points on the box's north or east edge to the last cell.
# Gi*: binary weights, neighbours the cells whose centres are within cell x sqrt(2) (the cell itself
# included: spdep's include.self), localG's z-value; p = 2 * pnorm(-|z|).
suppressPackageStartupMessages(library(spdep))

args <- commandArgs(trailingOnly = TRUE)
data <- args[1]; as_of <- as.Date(args[2]); repo <- args[3]; out <- args[4]

norm <- function(c) {
  c <- toupper(gsub("[[:space:]]", "", c))
  c <- gsub("/", ".", c, fixed = TRUE)
  sub("^0+([0-9])", "\\1", c)
}
table <- read.csv(file.path(repo, "vc-core", "src", "main", "resources", "org", "vcanalytics", "core",
                            "classify", "ho_offence_classification.csv"), colClasses = "character")
violent <- norm(table$ho_code[toupper(table$physical_violence) == "Y"])

crimes_csv <- file.path(data, "crimes.csv")
header <- tolower(trimws(gsub("^\ufeff", "", names(read.csv(crimes_csv, nrows = 1, check.names = FALSE)))))
want <- c("ho_code", "committed_on", "easting", "northing")
classes <- ifelse(header %in% want, "character", "NULL")
crimes <- read.csv(crimes_csv, colClasses = classes, na.strings = "", check.names = FALSE)
names(crimes) <- tolower(trimws(gsub("^\ufeff", "", names(crimes))))
x <- suppressWarnings(as.numeric(crimes$easting))
y <- suppressWarnings(as.numeric(crimes$northing))
keep <- norm(crimes$ho_code) %in% violent & as.Date(crimes$committed_on) <= as_of & !is.na(x) & !is.na(y)
x <- x[keep]; y <- y[keep]

width <- max(x) - min(x); height <- max(y) - min(y)
side <- min(width, height)
hundreds <- floor(side / 50 / 100)
cell <- if (hundreds > 0) hundreds * 100 else side / 50
cols <- max(1L, as.integer(ceiling(width / cell)))
rows <- max(1L, as.integer(ceiling(height / cell)))
origin <- function(lo, cells, max) { last <- (cells - 0.5) * cell; if (lo + last <= max) lo else max - last }
x0 <- origin(min(x), cols, 700000); y0 <- origin(min(y), rows, 1300000)
cx <- pmin(cols - 1L, pmax(0L, as.integer(floor((x - x0) / cell))))
cy <- pmin(rows - 1L, pmax(0L, as.integer(floor((y - y0) / cell))))
counts <- tabulate(cy * cols + cx + 1L, nbins = cols * rows)   # row-major, south-west first

grid <- expand.grid(column = 0:(cols - 1L), row = 0:(rows - 1L))  # column varies fastest
centres <- cbind(pmax(0, pmin(700000, x0 + (grid$column + 0.5) * cell)),
                 pmax(0, pmin(1300000, y0 + (grid$row + 0.5) * cell)))
nb <- dnearneigh(centres, 0, cell * sqrt(2) * (1 + 1e-9))
lw <- nb2listw(include.self(nb), style = "B")
z <- as.numeric(localG(counts, lw))
z[!is.finite(z)] <- 0
p <- 2 * pnorm(-abs(z))

write.csv(data.frame(column = grid$column, row = grid$row, easting = centres[, 1], northing = centres[, 2],
                     vc_events = counts, gi_star = sprintf("%.10f", z), p = sprintf("%.10f", p)),
          out, row.names = FALSE, quote = FALSE)
cat(sprintf('{"peer": "grid", "points": %d, "cell": %s, "columns": %d, "rows": %d}\n',
            length(x), format(cell), cols, rows))
