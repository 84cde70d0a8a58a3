using Microsoft.EntityFrameworkCore;
using MlPrep.Data.Progress;
using MlPrep.Data.Submissions;

namespace MlPrep.Data;

/// <summary>User state only: what a learner did. The curriculum itself lives in content/.</summary>
public sealed class MlPrepDbContext(DbContextOptions<MlPrepDbContext> options) : DbContext(options)
{
    /// <summary>The single local user of a desktop install.</summary>
    public const string LocalUser = "local";

    public DbSet<TopicProgress> TopicProgress => Set<TopicProgress>();

    public DbSet<Submission> Submissions => Set<Submission>();

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
    }
}
