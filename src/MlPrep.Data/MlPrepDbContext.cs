using Microsoft.EntityFrameworkCore;
using MlPrep.Data.Progress;

namespace MlPrep.Data;

/// <summary>User state only: what a learner did. The curriculum itself lives in content/.</summary>
public sealed class MlPrepDbContext(DbContextOptions<MlPrepDbContext> options) : DbContext(options)
{
    /// <summary>The single local user of a desktop install.</summary>
    public const string LocalUser = "local";

    public DbSet<TopicProgress> TopicProgress => Set<TopicProgress>();

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
    }
}
