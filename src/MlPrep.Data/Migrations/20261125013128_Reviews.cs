using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MlPrep.Data.Migrations
{
    /// <inheritdoc />
    public partial class Reviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "quiz_answers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    TopicId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ChosenIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Correct = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnsweredUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quiz_answers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "review_cards",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CardId = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    TopicId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Stability = table.Column<double>(type: "REAL", nullable: false),
                    Difficulty = table.Column<double>(type: "REAL", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    DueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastReviewUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UnlockedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_cards", x => new { x.UserId, x.CardId });
                });

            migrationBuilder.CreateTable(
                name: "review_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CardId = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    TopicId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ElapsedDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DurationMs = table.Column<long>(type: "INTEGER", nullable: true),
                    Retrievability = table.Column<double>(type: "REAL", nullable: false),
                    StateBefore = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StabilityBefore = table.Column<double>(type: "REAL", nullable: false),
                    DifficultyBefore = table.Column<double>(type: "REAL", nullable: false),
                    StepBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    DueBeforeUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastReviewBeforeUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StateAfter = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StabilityAfter = table.Column<double>(type: "REAL", nullable: false),
                    DifficultyAfter = table.Column<double>(type: "REAL", nullable: false),
                    DueAfterUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_log", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_quiz_answers_UserId_TopicId",
                table: "quiz_answers",
                columns: new[] { "UserId", "TopicId" });

            migrationBuilder.CreateIndex(
                name: "IX_review_cards_UserId_DueUtc",
                table: "review_cards",
                columns: new[] { "UserId", "DueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_review_log_UserId_CardId",
                table: "review_log",
                columns: new[] { "UserId", "CardId" });

            migrationBuilder.CreateIndex(
                name: "IX_review_log_UserId_ReviewedUtc",
                table: "review_log",
                columns: new[] { "UserId", "ReviewedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "quiz_answers");

            migrationBuilder.DropTable(
                name: "review_cards");

            migrationBuilder.DropTable(
                name: "review_log");
        }
    }
}
