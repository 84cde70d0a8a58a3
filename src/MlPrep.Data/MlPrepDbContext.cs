using Microsoft.EntityFrameworkCore;
using MlPrep.Data.Progress;
using MlPrep.Data.Reviews;
using MlPrep.Data.Settings;
using MlPrep.Data.Submissions;

namespace MlPrep.Data;

/// <summary>User state only: what a learner did. The curriculum itself lives in content/.</summary>
public sealed class MlPrepDbContext(DbContextOptions<MlPrepDbContext> options) : DbContext(options)
{
    /// <summary>The single local user of a desktop install.</summary>
    public const string LocalUser = "local";

    public DbSet<TopicProgress> TopicProgress => Set<TopicProgress>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<ReviewCard> ReviewCards => Set<ReviewCard>();

    public DbSet<ReviewLog> ReviewLogs => Set<ReviewLog>();

    public DbSet<QuizAnswer> QuizAnswers => Set<QuizAnswer>();

    public DbSet<UserSettings> UserSettings => Set<UserSettings>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<TopicProgress>(entity =>
        {
            entity.ToTable("topic_progress");
            entity.HasKey(p => new { p.UserId, p.TopicId });
            entity.Property(p => p.UserId).HasMaxLength(64);
            entity.Property(p => p.TopicId).HasMaxLength(128);
            entity.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        });
        modelBuilder.Entity<Submission>(entity =>
        {
            entity.ToTable("submissions");
            entity.HasKey(s => s.Id);
            entity.Property(s => s.UserId).HasMaxLength(64);
            entity.Property(s => s.ProblemId).HasMaxLength(128);
            entity.Property(s => s.Language).HasMaxLength(16);
            entity.Property(s => s.Mode).HasMaxLength(16);
            entity.Property(s => s.Status).HasMaxLength(16);
            entity.Property(s => s.Verdict).HasMaxLength(32);
            entity.HasIndex(s => new { s.UserId, s.ProblemId, s.Id });
            entity.HasIndex(s => s.Status);
        });
        modelBuilder.Entity<UserSettings>(entity =>
        {
            entity.ToTable("user_settings");
            entity.HasKey(s => s.UserId);
            entity.Property(s => s.UserId).HasMaxLength(64);
        });
        ConfigureReviews(modelBuilder);
    }

    private static void ConfigureReviews(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReviewCard>(entity =>
        {
            entity.ToTable("review_cards");
            entity.HasKey(c => new { c.UserId, c.CardId });
            entity.Property(c => c.UserId).HasMaxLength(64);
            entity.Property(c => c.CardId).HasMaxLength(160);
            entity.Property(c => c.TopicId).HasMaxLength(128);
            entity.Property(c => c.State).HasConversion<string>().HasMaxLength(16);
            entity.HasIndex(c => new { c.UserId, c.DueUtc });
        });
        modelBuilder.Entity<ReviewLog>(entity =>
        {
            entity.ToTable("review_log");
            entity.HasKey(l => l.Id);
            entity.Property(l => l.UserId).HasMaxLength(64);
            entity.Property(l => l.CardId).HasMaxLength(160);
            entity.Property(l => l.TopicId).HasMaxLength(128);
            entity.Property(l => l.Rating).HasConversion<int>();
            entity.Property(l => l.StateBefore).HasConversion<string>().HasMaxLength(16);
            entity.Property(l => l.StateAfter).HasConversion<string>().HasMaxLength(16);
            entity.HasIndex(l => new { l.UserId, l.ReviewedUtc });
            entity.HasIndex(l => new { l.UserId, l.CardId });
        });
        modelBuilder.Entity<QuizAnswer>(entity =>
        {
            entity.ToTable("quiz_answers");
            entity.HasKey(a => a.Id);
            entity.Property(a => a.UserId).HasMaxLength(64);
            entity.Property(a => a.ItemId).HasMaxLength(160);
            entity.Property(a => a.TopicId).HasMaxLength(128);
            entity.HasIndex(a => new { a.UserId, a.TopicId });
        });
    }
}
